'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateBodyNames } from '@/data/meetings';
import { idField, optionalText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// A body's names in both languages; which must be filled (the original language's) is the data layer's check.
const schema = z.object({
  bodyId: idField,
  name: optionalText(300),
  nameZh: optionalText(300),
  meetingName: optionalText(100),
  meetingNameZh: optionalText(100),
});

export async function updateBody(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'updateBody', ({ bodyId, ...names }, { actor, t }) => {
    updateBodyNames(actor, bodyId, names);
    revalidatePath('/', 'layout');
    return { status: 'ok', message: t('bodies.updated') };
  });
}
