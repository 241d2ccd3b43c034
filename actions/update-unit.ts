'use server';

import { revalidatePath } from 'next/cache';
import { updateUnit as updateUnitRecord } from '@/data/body-directory';
import { unitEditForm } from '@/domain/directory-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function updateUnit(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, unitEditForm, 'updateUnit', ({ unitId, ...names }, { actor, t }) => {
    updateUnitRecord(actor, unitId, names);
    // The unit's name shows on its body's page, in the user list and in meetings' records.
    revalidatePath('/', 'layout');
    return { status: 'ok', message: t('directory.unitSaved') };
  });
}
