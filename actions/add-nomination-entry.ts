'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addEntry } from '@/data/nomination-entries';
import { idField, optionalText, requiredText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  meetingId: idField,
  decisionId: idField,
  name: requiredText(200),
  unitOrPlace: optionalText(300),
  reason: optionalText(1000),
  idNumber: optionalText(40),
  phone: optionalText(60),
  address: optionalText(300),
  notes: optionalText(2000),
});

export async function addNominationEntry(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'addNominationEntry',
    ({ meetingId, decisionId, ...entry }, { actor, t }) => {
      const id = addEntry(actor, meetingId, decisionId, entry);
      revalidatePath(`/meetings/${meetingId}`);
      return { status: 'ok', message: t('nominations.added'), data: { id } };
    },
  );
}
