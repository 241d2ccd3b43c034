'use server';

import { z } from 'zod';
import { signOut } from '@/web/auth';
import { changeOwnPassword as changeRecord } from '@/data/users';
import { password, requiredText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z
  .object({ current: requiredText(200), next: password, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { message: 'account.passwordsDiffer', path: ['confirm'] });

export async function changeOwnPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let changed = false;
  const state = await runAction(
    formData,
    schema,
    'changeOwnPassword',
    async ({ current, next }, { actor }) => {
      await changeRecord(actor, current, next);
      changed = true;
      return { status: 'ok' };
    },
  );
  // Every session of this user ended with the change, this one included: sign in again.
  if (changed) await signOut({ redirectTo: '/login?changed=1' });
  return state;
}
