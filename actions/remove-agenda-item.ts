'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeAgendaItem as removeAgendaItemRecord } from '@/data/meeting-records';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, itemId: idField });

export async function removeAgendaItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'removeAgendaItem', ({ meetingId, itemId }, { actor }) => {
    removeAgendaItemRecord(actor, meetingId, itemId);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
