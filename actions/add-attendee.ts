'use server';

import { addAttendee as addAttendeeRecord } from '@/data/minutes-records';
import { attendeeForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function addAttendee(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, attendeeForm, 'addAttendee', ({ meetingId, ...attendee }, { actor, t }) => {
    const { id } = addAttendeeRecord(actor, meetingId, attendee);
    revalidateMinutesRecords(meetingId);
    return { status: 'ok', message: t('minutesRecords.attendance.added'), data: { id } };
  });
}
