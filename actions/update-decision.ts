'use server';

import { revalidatePath } from 'next/cache';
import { updateDecision as updateRecord } from '@/data/meeting-records';
import { decisionEditForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function updateDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    decisionEditForm,
    'updateDecision',
    ({ meetingId, id, ...decision }, { actor, t }) => {
      updateRecord(actor, meetingId, id, decision);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('common.saved') };
    },
  );
}
