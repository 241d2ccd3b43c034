'use server';

import { removeAssignment as removeAssignmentRecord } from '@/data/minutes-records';
import { removeAssignmentForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function removeAssignment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    removeAssignmentForm,
    'removeAssignment',
    ({ meetingId, assignmentId }, { actor }) => {
      removeAssignmentRecord(actor, meetingId, assignmentId);
      revalidateMinutesRecords(meetingId);
      return { status: 'ok' };
    },
  );
}
