'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeDecision as removeDecisionRecord } from '@/data/meeting-records';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ meetingId: idField, decisionId: idField });

export async function removeDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'removeDecision', ({ meetingId, decisionId }, { actor }) => {
    removeDecisionRecord(actor, meetingId, decisionId);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
