'use server';

import { revalidatePath } from 'next/cache';
import { addPerson as addPersonRecord } from '@/data/body-directory';
import { newPersonForm } from '@/domain/directory-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function addPerson(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, newPersonForm, 'addPerson', ({ bodyId, ...person }, { actor, t }) => {
    const { id } = addPersonRecord(actor, bodyId, person);
    revalidatePath(`/admin/bodies/${bodyId}`);
    return { status: 'ok', message: t('directory.personAdded'), data: { id } };
  });
}
