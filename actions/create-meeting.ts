'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createMeeting as createMeetingRecord } from '@/data/meetings';
import { MEETING_STATUSES } from '@/domain/vocabulary';
import { choice, idField, isoDate, optionalText, positiveInt, requiredText } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  bodyId: idField,
  sessionNumber: positiveInt,
  heldOn: isoDate,
  location: optionalText(200),
  chairName: requiredText(100),
  chairTitle: optionalText(400),
  attendees: optionalText(2000),
  purpose: optionalText(4000),
  status: choice(MEETING_STATUSES),
});

export async function createMeeting(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let target = '';
  const state = await runAction(formData, schema, 'createMeeting', (input, { actor }) => {
    const created = createMeetingRecord(actor, input);
    target = `/meetings/${created.id}${created.duplicateNumber ? '?duplicate=1' : ''}`;
    return { status: 'ok' };
  });
  if (target) redirect(target);
  return state;
}
