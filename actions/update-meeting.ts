'use server';

import { revalidatePath } from 'next/cache';
import { updateMeeting as updateRecord } from '@/data/meetings';
import { meetingEditForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function updateMeeting(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, meetingEditForm, 'updateMeeting', ({ meetingId, ...input }, { actor, t }) => {
    updateRecord(actor, meetingId, input);
    revalidatePath(`/meetings/${meetingId}`, 'layout');
    return { status: 'ok', message: t('common.saved') };
  });
}
