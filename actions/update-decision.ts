'use server';

import { revalidatePath } from 'next/cache';
import { updateDecision as updateRecord } from '@/data/meeting-records';
import { idField } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { decisionFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

export async function updateDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    decisionFields.extend({ id: idField }),
    'updateDecision',
    ({ meetingId, id, ...decision }, { actor, t }) => {
      updateRecord(actor, meetingId, id, decision);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('common.saved') };
    },
  );
}
