'use server';

import { revalidatePath } from 'next/cache';
import { addUnit as addUnitRecord } from '@/data/body-directory';
import { newUnitForm } from '@/domain/directory-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function addUnit(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, newUnitForm, 'addUnit', ({ bodyId, ...names }, { actor, t }) => {
    const { id } = addUnitRecord(actor, bodyId, names);
    revalidatePath(`/admin/bodies/${bodyId}`);
    revalidatePath('/admin/users');
    return { status: 'ok', message: t('directory.unitAdded'), data: { id } };
  });
}
