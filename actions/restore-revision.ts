'use server';

import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { restoreRevision as restoreRecord } from '@/data/workflow';
import { idField, optionalId } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  revisionId: idField,
  baseRevisionId: optionalId,
});

export async function restoreRevision(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'restoreRevision',
    ({ documentId, revisionId, baseRevisionId }, { actor, t }) => {
      const { number } = restoreRecord(actor, documentId, revisionId, baseRevisionId);
      revalidateDocument(getDocument(actor, documentId).meetingId);
      return { status: 'ok', message: t('documents.restored', { number }) };
    },
  );
}
