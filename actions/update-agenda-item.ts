'use server';

import { revalidatePath } from 'next/cache';
import { updateAgendaItem as updateRecord } from '@/data/meeting-records';
import { agendaItemEditForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function updateAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    agendaItemEditForm,
    'updateAgendaItem',
    ({ meetingId, id, ...item }, { actor, t }) => {
      updateRecord(actor, meetingId, id, item);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('common.saved') };
    },
  );
}
