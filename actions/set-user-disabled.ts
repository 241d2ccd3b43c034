'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setUserDisabled as setUserDisabledRecord } from '@/data/users';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  userId: idField,
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export async function setUserDisabled(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setUserDisabled', ({ userId, disabled }, { actor, t }) => {
    setUserDisabledRecord(actor, userId, disabled);
    revalidatePath('/admin/users');
    return { status: 'ok', message: t('users.statusChanged') };
  });
}
