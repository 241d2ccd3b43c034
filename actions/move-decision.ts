'use server';

import { revalidatePath } from 'next/cache';
import { moveDecision as moveRecord } from '@/data/meeting-records';
import { moveForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function moveDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, moveForm, 'moveDecision', ({ meetingId, id, direction }, { actor }) => {
    moveRecord(actor, meetingId, id, direction);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
