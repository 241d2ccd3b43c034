'use server';

import { removeAttendee as removeAttendeeRecord } from '@/data/minutes-records';
import { removeAttendeeForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function removeAttendee(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, removeAttendeeForm, 'removeAttendee', ({ meetingId, attendeeId }, { actor }) => {
    removeAttendeeRecord(actor, meetingId, attendeeId);
    revalidateMinutesRecords(meetingId);
    return { status: 'ok' };
  });
}
