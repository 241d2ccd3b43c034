'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { publishDocument as publishRecord } from '@/data/workflow';
import { idField, optionalText } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  comment: optionalText(4000),
  correctionNote: optionalText(1000),
});

export async function publishDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'publishDocument',
    ({ documentId, comment, correctionNote }, { actor }) => {
      revalidateAfter(publishRecord(actor, documentId, { comment, correctionNote }));
      // The page announces the publication, with the link to the public page.
      redirect(withDone(reviewPagePath(documentId), 'publish'));
    },
  );
}
