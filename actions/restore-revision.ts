'use server';

import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { restoreRevision as restoreRecord } from '@/data/workflow';
import { idField, optionalId } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
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
      const restored = restoreRecord(actor, documentId, revisionId, baseRevisionId);
      revalidateAfter(restored);
      return { status: 'ok', message: t('documents.restored', { number: restored.number }) };
    },
  );
}
