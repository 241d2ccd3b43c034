'use server';

import { addAssignment as addAssignmentRecord } from '@/data/minutes-records';
import { assignmentForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function addAssignment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    assignmentForm,
    'addAssignment',
    ({ meetingId, ...assignment }, { actor, t }) => {
      const { id } = addAssignmentRecord(actor, meetingId, assignment);
      revalidateMinutesRecords(meetingId);
      return { status: 'ok', message: t('minutesRecords.assignment.added'), data: { id } };
    },
  );
}
