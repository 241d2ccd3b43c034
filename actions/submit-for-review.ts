'use server';

import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { submitForReview as submitRecord } from '@/data/workflow';
import { idField } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

const schema = z.object({ documentId: idField });

export async function submitForReview(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'submitForReview', ({ documentId }, { actor, t }) => {
    submitRecord(actor, documentId);
    revalidateDocument(getDocument(actor, documentId).meetingId);
    return { status: 'ok', message: t('documents.submitted') };
  });
}
