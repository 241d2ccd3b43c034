import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { MAX_ATTACHMENTS, MAX_REVISION_ATTACHMENT_BYTES } from '@/domain/attachment-limits';
import { takesAttachments, type AttachmentType } from '@/domain/attachments';
import { invalid, notFound } from './errors';

export type NewAttachment = {
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  altText: string;
};

/** What a new revision changes in its predecessor's files: one added at the end, or one taken out. */
export type AttachmentChange = { add: NewAttachment } | { removePosition: number };

export type AttachmentRow = typeof schema.attachments.$inferSelect;

/** A revision's files, in their order. */
export function revisionAttachments(tx: Pick<Tx, 'select'>, revisionId: number): AttachmentRow[] {
  return tx
    .select()
    .from(schema.attachments)
    .where(eq(schema.attachments.revisionId, revisionId))
    .orderBy(asc(schema.attachments.position))
    .all();
}

/**
 * Gives a new revision the files of the document's current revision (its predecessor), with the change
 * applied: every save carries the files forward, so each revision lists what it was reviewed with.
 */
export function carryAttachments(
  tx: Tx,
  doc: Pick<typeof schema.documents.$inferSelect, 'kind' | 'currentRevisionId'>,
  revisionId: number,
  change: AttachmentChange | undefined,
): void {
  let files: NewAttachment[] =
    doc.currentRevisionId === null ? [] : revisionAttachments(tx, doc.currentRevisionId);
  if (change && 'add' in change) {
    if (!takesAttachments(doc.kind)) throw invalid('attachments.error.notAttachable');
    if (files.length >= MAX_ATTACHMENTS)
      throw invalid('attachments.error.tooMany', { count: MAX_ATTACHMENTS });
    const total = files.reduce((sum, f) => sum + f.size, 0) + change.add.size;
    if (total > MAX_REVISION_ATTACHMENT_BYTES)
      throw invalid('attachments.error.totalTooLarge', { mb: MAX_REVISION_ATTACHMENT_BYTES / 2 ** 20 });
    files = [...files, change.add];
  }
  if (change && 'removePosition' in change) {
    if (!files[change.removePosition - 1]) throw notFound('attachments.error.notFound');
    files = files.filter((_f, i) => i !== change.removePosition - 1);
  }
  if (files.length === 0) return;
  tx.insert(schema.attachments)
    .values(
      files.map((f, i) => ({
        revisionId,
        position: i + 1,
        name: f.name,
        type: f.type,
        size: f.size,
        sha256: f.sha256,
        altText: f.altText,
      })),
    )
    .run();
}
