'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addAgendaItem as addAgendaItemRecord } from '@/data/meetings';
import { AGENDA_ITEM_KINDS } from '@/domain/vocabulary';
import { choice, idField, optionalText, requiredText } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  meetingId: idField,
  kind: choice(AGENDA_ITEM_KINDS),
  title: requiredText(500),
  presenter: optionalText(200),
  notes: optionalText(4000),
  stressed: optionalText(10000),
});

export async function addAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'addAgendaItem', ({ meetingId, ...item }, { actor }) => {
    addAgendaItemRecord(actor, meetingId, item);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
