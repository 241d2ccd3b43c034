'use server';

import { revalidatePath } from 'next/cache';
import { updateMeeting as updateRecord } from '@/data/meetings';
import { idField } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { meetingFields } from './_shared/record-schemas';
import { runAction } from './_shared/run-action';

export async function updateMeeting(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    meetingFields.extend({ meetingId: idField }),
    'updateMeeting',
    ({ meetingId, ...input }, { actor, t }) => {
      updateRecord(actor, meetingId, input);
      revalidatePath(`/meetings/${meetingId}`, 'layout');
      return { status: 'ok', message: t('common.saved') };
    },
  );
}
