'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { approveStep as approveRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  revisionId: idField,
  comment: optionalText(4000),
  // Required (by the data layer) when the consistency check finds fault with the text.
  overrideReason: optionalText(4000),
});

export async function approveStep(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'approveStep',
    ({ documentId, revisionId, comment, overrideReason }, { actor, t }) => {
      revalidateAfter(approveRecord(actor, documentId, revisionId, comment, undefined, { overrideReason }));
      return { status: 'ok', message: t('review.approved') };
    },
  );
}
