'use server';

import { recordItemOutcome as recordOutcome } from '@/data/minutes-records';
import { itemOutcomeForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function recordItemOutcome(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    itemOutcomeForm,
    'recordItemOutcome',
    ({ meetingId, ...outcome }, { actor, t }) => {
      recordOutcome(actor, meetingId, outcome);
      revalidateMinutesRecords(meetingId);
      return { status: 'ok', message: t('minutesRecords.outcome.saved') };
    },
  );
}
