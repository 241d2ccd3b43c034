'use server';

import { revalidatePath } from 'next/cache';
import { addDecision as addDecisionRecord } from '@/data/meeting-records';
import type { ActionState } from './_shared/action-state';
import { decisionFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

export async function addDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, decisionFields, 'addDecision', ({ meetingId, ...decision }, { actor }) => {
    addDecisionRecord(actor, meetingId, decision);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
