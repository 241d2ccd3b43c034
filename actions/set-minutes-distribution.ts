'use server';

import { setMinutesDistribution as setDistribution } from '@/data/minutes-records';
import { distributionForm } from '@/domain/minutes-record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateMinutesRecords } from './_shared/minutes-records-revalidate';
import { runAction } from './_shared/run-action';

export async function setMinutesDistribution(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    distributionForm,
    'setMinutesDistribution',
    ({ meetingId, ...distribution }, { actor, t }) => {
      setDistribution(actor, meetingId, distribution);
      revalidateMinutesRecords(meetingId);
      return { status: 'ok', message: t('minutesRecords.distribution.saved') };
    },
  );
}
