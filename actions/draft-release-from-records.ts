'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDocument } from '@/data/documents';
import { revalidateAfter } from '@/data/revalidate-after';
import { documentPagePath } from '@/domain/workspace-paths';
import { draftReleaseFromRecords as draftRecord } from '@/data/workflow';
import { idField, optionalId } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
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
      const drafted = draftRecord(actor, documentId, baseRevisionId);
      revalidateAfter(drafted);
      // Confirmed from the preview of a new draft: leave the preview for the editor.
      if (formData.get('fromPreview') === '1')
        backToEditor = documentPagePath(
          drafted.meetingId,
          'press_release',
          getDocument(actor, documentId).language,
        );
      return {
        status: 'ok',
        message: t('documents.drafted', { number: drafted.number }),
        data: { revisionId: drafted.revisionId },
      };
    },
  );
  if (backToEditor) redirect(backToEditor);
  return state;
}
