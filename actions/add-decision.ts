'use server';

import { revalidatePath } from 'next/cache';
import { addDecision as addDecisionRecord } from '@/data/meeting-records';
import { decisionForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function addDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, decisionForm, 'addDecision', ({ meetingId, ...decision }, { actor }) => {
    addDecisionRecord(actor, meetingId, decision);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
