'use server';

import { revalidatePath } from 'next/cache';
import { addAgendaItem as addAgendaItemRecord } from '@/data/meeting-records';
import type { ActionState } from './_shared/action-state';
import { agendaItemFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

export async function addAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, agendaItemFields, 'addAgendaItem', ({ meetingId, ...item }, { actor }) => {
    addAgendaItemRecord(actor, meetingId, item);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
