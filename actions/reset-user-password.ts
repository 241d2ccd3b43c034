'use server';

import { z } from 'zod';
import { resetUserPassword as resetRecord } from '@/data/users';
import { idField, password } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ userId: idField, password });

export async function resetUserPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'resetUserPassword',
    async ({ userId, password: next }, { actor, t }) => {
      await resetRecord(actor, userId, next);
      return { status: 'ok', message: t('users.passwordReset') };
    },
  );
}
