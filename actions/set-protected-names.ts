'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setProtectedNames as setNamesRecord } from '@/data/personal-data-review';
import { optionalText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ names: optionalText(20_000) });

export async function setProtectedNames(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setProtectedNames', ({ names }, { actor, t }) => {
    const count = setNamesRecord(actor, names);
    revalidatePath('/admin/settings');
    return { status: 'ok', message: t('privacy.namesSaved', { count }) };
  });
}
