'use server';

import { revalidatePath } from 'next/cache';
import { setUserUnit as setUserUnitRecord } from '@/data/users';
import { userUnitForm } from '@/domain/directory-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function setUserUnit(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, userUnitForm, 'setUserUnit', ({ userId, unitId }, { actor, t }) => {
    setUserUnitRecord(actor, userId, unitId);
    revalidatePath('/admin/users');
    return { status: 'ok', message: t('users.unitSaved') };
  });
}
