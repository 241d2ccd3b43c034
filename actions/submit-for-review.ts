'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { submitForReview as submitRecord } from '@/data/workflow';
import { withDone } from '@/domain/step-done';
import { idField } from '@/domain/validation';
import { documentPagePath } from '@/domain/workspace-paths';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// The revision the editor showed (or just saved): the data layer refuses the submission if another is
// current by then. Left out (the API, an older form), the current revision is submitted.
const schema = z.object({ documentId: idField, expectedRevisionId: idField.optional() });

export async function submitForReview(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'submitForReview', ({ documentId, expectedRevisionId }, { actor }) => {
    const change = submitRecord(actor, documentId, undefined, { expectedRevisionId });
    revalidateAfter(change);
    // The page redraws without this form: it announces the step from the address.
    redirect(
      withDone(documentPagePath(change.meetingId, change.kind, change.language, change.documentId), 'submit'),
    );
  });
}
