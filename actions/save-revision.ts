'use server';

import { getDocument } from '@/data/documents';
import { saveRevision as saveRevisionRecord } from '@/data/workflow';
import { idField, optionalId } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revisionFields } from './_shared/record-schemas';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

const schema = revisionFields.extend({ documentId: idField, baseRevisionId: optionalId });

export async function saveRevision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'saveRevision', (input, { actor, t }) => {
    const { revisionId, number } = saveRevisionRecord(actor, input);
    revalidateDocument(getDocument(actor, input.documentId).meetingId);
    return { status: 'ok', message: t('documents.saved', { number }), data: { revisionId } };
  });
}
