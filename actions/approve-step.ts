'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { approveStep as approveRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  revisionId: idField,
  comment: optionalText(4000),
  // Required (by the data layer) when the consistency check finds fault with the text.
  overrideReason: optionalText(4000),
  // A checkbox: the confidentiality statement, confirmed by the signer of the step that carries it.
  confidentiality: z
    .literal('on', { message: 'validation.choice' })
    .optional()
    .transform((value) => value === 'on'),
});

export async function approveStep(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'approveStep',
    ({ documentId, revisionId, comment, overrideReason, confidentiality }, { actor }) => {
      revalidateAfter(
        approveRecord(actor, documentId, revisionId, comment, undefined, { overrideReason, confidentiality }),
      );
      // The page redraws without this form: it announces the step from the address.
      redirect(withDone(reviewPagePath(documentId), 'approve'));
    },
  );
}
