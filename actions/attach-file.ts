'use server';

import { z } from 'zod';
import { attachFile as attachFileRecord } from '@/data/attachments';
import { invalid } from '@/data/errors';
import { revalidateAfter } from '@/data/revalidate-after';
import { MAX_ATTACHMENT_BYTES } from '@/domain/attachment-limits';
import { extractText } from '@/domain/attachment-text';
import { idField, optionalId } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  baseRevisionId: optionalId,
  altText: z.string().max(2000).default(''),
  // The file itself is read from the form below (its field reads as '' among the text fields); text sent
  // in its place is not a file.
  file: z.literal('', { message: 'attachments.error.noFile' }).optional(),
});

/** Attaches the form's file to the document: a new revision carrying it (the content decides its type). */
export async function attachFile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'attachFile', async (input, { actor, t }) => {
    const file = formData.get('file');
    if (!(file instanceof File) || (file.size === 0 && !file.name)) throw invalid('attachments.error.noFile');
    // Refused by its declared size before it is read.
    if (file.size > MAX_ATTACHMENT_BYTES)
      throw invalid('attachments.error.tooLarge', { mb: MAX_ATTACHMENT_BYTES / 2 ** 20 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Read here, where waiting is allowed: the personal-data scan reads it with the revision it belongs to.
    const textLayer = await extractText(bytes);
    const saved = attachFileRecord(actor, { ...input, fileName: file.name, bytes, textLayer });
    revalidateAfter(saved);
    return {
      status: 'ok',
      message: t('attachments.attached', { name: saved.name, number: saved.number }),
      data: { revisionId: saved.revisionId, number: saved.number },
    };
  });
}
