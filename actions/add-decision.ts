'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addDecision as addDecisionRecord } from '@/data/meetings';
import { DECISION_KINDS, DECISION_OUTCOMES } from '@/domain/vocabulary';
import { choice, idField, optionalText, requiredText } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  meetingId: idField,
  title: requiredText(500),
  kind: choice(DECISION_KINDS),
  outcome: choice(DECISION_OUTCOMES),
  emphasis: optionalText(10000),
  agendaItemId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
});

export async function addDecision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'addDecision', ({ meetingId, ...decision }, { actor }) => {
    addDecisionRecord(actor, meetingId, decision);
    revalidatePath(`/meetings/${meetingId}`);
    return { status: 'ok' };
  });
}
