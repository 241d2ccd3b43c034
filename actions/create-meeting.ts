'use server';

import { redirect } from 'next/navigation';
import { createMeeting as createMeetingRecord } from '@/data/meetings';
import { newMeetingForm } from '@/domain/record-inputs';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function createMeeting(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let target = '';
  const state = await runAction(formData, newMeetingForm, 'createMeeting', (input, { actor }) => {
    const created = createMeetingRecord(actor, input);
    target = `/meetings/${created.id}${created.duplicateNumber ? '?duplicate=1' : ''}`;
    return { status: 'ok' };
  });
  if (target) redirect(target);
  return state;
}
