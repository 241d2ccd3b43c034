'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { draftReleaseFromRecords as draftRecord } from '@/data/workflow';
import { idField, optionalId } from '@/lib/validation';
import type { ActionState } from './_shared/action-state';
import { revalidateDocument } from './_shared/revalidate';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  baseRevisionId: optionalId,
});

export async function draftReleaseFromRecords(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let backToEditor = '';
  const state = await runAction(
    formData,
    schema,
    'draftReleaseFromRecords',
    ({ documentId, baseRevisionId }, { actor, t }) => {
      const { revisionId, number } = draftRecord(actor, documentId, baseRevisionId);
      const { meetingId } = getDocument(actor, documentId);
      revalidateDocument(meetingId);
      // Confirmed from the preview of a new draft: leave the preview for the editor.
      if (formData.get('fromPreview') === '1') backToEditor = `/meetings/${meetingId}/release`;
      return { status: 'ok', message: t('documents.drafted', { number }), data: { revisionId } };
    },
  );
  if (backToEditor) redirect(backToEditor);
  return state;
}
