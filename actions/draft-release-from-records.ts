'use server';

import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { draftReleaseFromRecords as draftRecord } from '@/data/workflow';
import { idField } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  baseRevisionId: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
});

export async function draftReleaseFromRecords(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'draftReleaseFromRecords',
    ({ documentId, baseRevisionId }, { actor, t }) => {
      const { revisionId } = draftRecord(actor, documentId, baseRevisionId);
      const doc = getDocument(actor, documentId);
      revalidateDocument(doc.meetingId);
      return {
        status: 'ok',
        message: t('documents.drafted', { number: doc.current?.number ?? '' }),
        data: { revisionId },
      };
    },
  );
}
