'use server';

import { getDocument } from '@/data/documents';
import { saveRevision as saveRevisionRecord } from '@/data/workflow';
import { draftForm } from '@/lib/record-inputs';
import type { ActionState } from './_shared/action-state';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

export async function saveRevision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, draftForm, 'saveRevision', (input, { actor, t }) => {
    const { revisionId, number } = saveRevisionRecord(actor, input);
    revalidateDocument(getDocument(actor, input.documentId).meetingId);
    return { status: 'ok', message: t('documents.saved', { number }), data: { revisionId } };
  });
}
