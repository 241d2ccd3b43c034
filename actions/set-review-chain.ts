'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setReviewChain as setChainRecord } from '@/data/review-chains';
import { CONTENT_LANGUAGES, DOCUMENT_KINDS, ROLES } from '@/domain/vocabulary';
import { choice } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const step = z
  .union([z.literal(''), z.enum(ROLES)])
  .optional()
  .default('');

// Steps come as three selects; empty ones at the end are dropped, a gap in the middle is refused.
const schema = z
  .object({
    kind: choice(DOCUMENT_KINDS),
    language: choice(CONTENT_LANGUAGES),
    step1: step,
    step2: step,
    step3: step,
  })
  .transform(({ kind, language, step1, step2, step3 }) => ({ kind, language, steps: [step1, step2, step3] }))
  .refine(({ steps }) => steps[0] !== '' && !(steps[1] === '' && steps[2] !== ''), {
    message: 'chains.atLeastOne',
    path: ['step1'],
  });

export async function setReviewChain(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setReviewChain', ({ kind, language, steps }, { actor, t }) => {
    setChainRecord(
      actor,
      kind,
      language,
      steps.filter((s): s is (typeof ROLES)[number] => s !== ''),
    );
    revalidatePath('/admin/review-chains');
    return { status: 'ok', message: t('chains.saved') };
  });
}
