'use server';

import { revalidatePath } from 'next/cache';
import { updateAgendaItem as updateRecord } from '@/data/meeting-records';
import { idField } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { agendaItemFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

export async function updateAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    agendaItemFields.extend({ id: idField }),
    'updateAgendaItem',
    ({ meetingId, id, ...item }, { actor, t }) => {
      updateRecord(actor, meetingId, id, item);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('common.saved') };
    },
  );
}
