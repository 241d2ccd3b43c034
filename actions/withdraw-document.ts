'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { withdrawDocument as withdrawRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// An empty reason reaches the transition table, which refuses it with its own message.
// Withdrawing an original may take its translation down too: the confirmation asks, as a checkbox.
const schema = z.object({
  documentId: idField,
  reason: optionalText(4000),
  withTranslation: z.literal('on').optional(),
});

export async function withdrawDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'withdrawDocument',
    ({ documentId, reason, withTranslation }, { actor }) => {
      const change = withdrawRecord(actor, documentId, reason, undefined, {
        withTranslation: withTranslation === 'on',
      });
      revalidateAfter(change);
      if (change.alsoWithdrawn) revalidateAfter(change.alsoWithdrawn);
      redirect(withDone(reviewPagePath(documentId), 'withdraw'));
    },
  );
}
