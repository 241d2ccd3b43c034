'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setConfidentialityRule as setRuleRecord } from '@/data/confidentiality';
import { choice } from '@/domain/validation';
import { DOCUMENT_KINDS } from '@/domain/vocabulary';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  kind: choice(DOCUMENT_KINDS),
  // A checkbox: present ("on") when ticked.
  required: z
    .literal('on', { message: 'validation.choice' })
    .optional()
    .transform((value) => value === 'on'),
  step: choice(['1', '2', '3'] as const).transform(Number),
});

export async function setConfidentialityRule(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setConfidentialityRule', ({ kind, required, step }, { actor, t }) => {
    setRuleRecord(actor, kind, { required, step });
    revalidatePath('/admin/review-chains');
    return { status: 'ok', message: t('confidentiality.saved') };
  });
}
