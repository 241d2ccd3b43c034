'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createBody as createBodyRecord } from '@/data/meetings';
import { requiredText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ name: requiredText(300), meetingName: requiredText(100) });

export async function createBody(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'createBody', (input, { actor, t }) => {
    createBodyRecord(actor, input);
    revalidatePath('/admin/bodies');
    return { status: 'ok', message: t('bodies.created', { name: input.name }) };
  });
}
