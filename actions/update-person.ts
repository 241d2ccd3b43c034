'use server';

import { revalidatePath } from 'next/cache';
import { updatePerson as updatePersonRecord } from '@/data/body-directory';
import { personEditForm } from '@/domain/directory-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function updatePerson(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, personEditForm, 'updatePerson', ({ personId, ...person }, { actor, t }) => {
    updatePersonRecord(actor, personId, person);
    // The person's name shows on the body's page and in meetings' attendance.
    revalidatePath('/', 'layout');
    return { status: 'ok', message: t('directory.personSaved') };
  });
}
