'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publishWithInterpretation as publishRecords } from '@/data/issued-documents';
import { revalidateAfter } from '@/data/revalidate-after';
import { idField } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

/** The leader's publication of a policy document with its interpretation, in one step. */
export async function publishWithInterpretation(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(formData, schema, 'publishWithInterpretation', ({ documentId }, { actor }) => {
    for (const change of publishRecords(actor, documentId)) revalidateAfter(change);
    redirect(withDone(reviewPagePath(documentId), 'publish'));
  });
}
