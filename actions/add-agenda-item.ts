'use server';

import { revalidatePath } from 'next/cache';
import { addAgendaItem as addAgendaItemRecord } from '@/data/meeting-records';
import { agendaItemForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function addAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, agendaItemForm, 'addAgendaItem', ({ meetingId, ...item }, { actor }) => {
    const { id } = addAgendaItemRecord(actor, meetingId, item);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok', data: { id } };
  });
}
