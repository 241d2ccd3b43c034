'use server';

import { z } from 'zod';
import { removeAttachment as removeAttachmentRecord } from '@/data/attachments';
import { revalidateAfter } from '@/data/revalidate-after';
import { idField, optionalId } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  baseRevisionId: optionalId,
  // The file's place in the list of the revision the form showed (baseRevisionId pins that list).
  position: idField,
});

/** Removes a file from the document: a new revision without it. */
export async function removeAttachment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'removeAttachment', (input, { actor, t }) => {
    const saved = removeAttachmentRecord(actor, input);
    revalidateAfter(saved);
    return {
      status: 'ok',
      message: t('attachments.removed', { name: saved.name, number: saved.number }),
      data: { revisionId: saved.revisionId, number: saved.number },
    };
  });
}
