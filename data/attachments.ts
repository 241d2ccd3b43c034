import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { readStoredFile, storeFile } from '@/db/file-store';
import { env } from '@/config/env';
import { MAX_ALT_TEXT, MAX_ATTACHMENT_BYTES } from '@/domain/attachment-limits';
import { sniffAttachment } from '@/domain/attachment-sniff';
import {
  attachmentName,
  isImage,
  PUBLIC_HASH_DIGITS,
  takesAttachments,
  type AttachmentType,
} from '@/domain/attachments';
import { isIssuedKind } from '@/domain/vocabulary';
import { translator } from '@/messages';
import type { Actor } from './actor';
import { revisionAttachments, type AttachmentRow } from './attachment-rows';
import { getDocument } from './documents';
import { isProactivelyDisclosed } from './public-documents';
import { forbidden, invalid, notFound } from './errors';
import { saveRevision, type SavedRevision } from './workflow';

/** A file as a list shows it. */
export type AttachmentDto = {
  id: number;
  position: number;
  name: string;
  type: AttachmentType;
  size: number;
  sha256: string;
  altText: string;
};

const dto = ({ id, position, name, type, size, sha256, altText }: AttachmentRow): AttachmentDto => ({
  id,
  position,
  name,
  type,
  size,
  sha256,
  altText,
});

const SNIFF_REFUSALS = {
  empty: 'attachments.error.empty',
  unknown: 'attachments.error.unknown',
  truncated: 'attachments.error.truncated',
  other_zip: 'attachments.error.otherZip',
} as const;

/** The document's current text, for a revision that changes only its files; refused when the actor may not edit. */
function editableCurrent(actor: Actor, documentId: number) {
  const doc = getDocument(actor, documentId);
  if (!doc.may.edit) throw forbidden();
  if (!takesAttachments(doc.kind)) throw invalid('attachments.error.notAttachable');
  if (!doc.current) throw invalid('attachments.saveTextFirst');
  return { doc, current: doc.current, t: translator(doc.language) };
}

/**
 * Attaches a file to a document: a new revision with the current text and the current revision's files
 * and this one. Its type is what its content is; an image needs its alternative text.
 */
export function attachFile(
  actor: Actor,
  input: {
    documentId: number;
    baseRevisionId: number | null;
    fileName: string;
    bytes: Uint8Array;
    altText: string;
    /** Its text layer as read on upload (domain/attachment-text.ts); null: none; left out: not read. */
    textLayer?: string | null;
  },
): SavedRevision & { name: string } {
  const { current, t } = editableCurrent(actor, input.documentId);
  if (input.bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalid('attachments.error.tooLarge', { mb: MAX_ATTACHMENT_BYTES / 2 ** 20 });
  const sniffed = sniffAttachment(input.bytes);
  if (!sniffed.ok) throw invalid(SNIFF_REFUSALS[sniffed.reason]);
  const altText = input.altText.trim().slice(0, MAX_ALT_TEXT);
  if (isImage(sniffed.type) && !altText) throw invalid('attachments.error.altRequired');
  const name = attachmentName(input.fileName, sniffed.type);
  // Stored before the revision is written: a refused save leaves a file nothing lists, never a row
  // without its file.
  const { sha256 } = storeFile(env().filesDir, input.bytes);
  if (input.textLayer !== undefined) {
    getDb()
      .insert(schema.fileTextLayers)
      .values({ sha256, text: input.textLayer })
      .onConflictDoNothing()
      .run();
  }
  const saved = saveRevision(actor, {
    documentId: input.documentId,
    baseRevisionId: input.baseRevisionId,
    headline: current.headline,
    body: current.body,
    attachments: {
      add: {
        name,
        type: sniffed.type,
        size: input.bytes.length,
        sha256,
        altText: isImage(sniffed.type) ? altText : '',
      },
    },
    comment: t('attachments.transition.attached', { name }),
  });
  return { ...saved, name };
}

/** Removes the file at that place in the current revision's list: a new revision without it. */
export function removeAttachment(
  actor: Actor,
  input: { documentId: number; baseRevisionId: number | null; position: number },
): SavedRevision & { name: string } {
  const { current, t } = editableCurrent(actor, input.documentId);
  const file = revisionAttachments(getDb(), current.id)[input.position - 1];
  if (!file) throw notFound('attachments.error.notFound');
  const saved = saveRevision(actor, {
    documentId: input.documentId,
    baseRevisionId: input.baseRevisionId,
    headline: current.headline,
    body: current.body,
    attachments: { removePosition: input.position },
    comment: t('attachments.transition.removed', { name: file.name }),
  });
  return { ...saved, name: file.name };
}

/** The files of a revision of a document the actor may read (its current one by default). */
export function listAttachments(actor: Actor, documentId: number, revisionId?: number): AttachmentDto[] {
  const doc = getDocument(actor, documentId);
  const id = revisionId ?? doc.current?.id;
  if (id === undefined) return [];
  const revision = getDb()
    .select({ documentId: schema.revisions.documentId })
    .from(schema.revisions)
    .where(eq(schema.revisions.id, id))
    .get();
  if (revision?.documentId !== documentId) throw notFound('documents.revisionNotFound');
  return revisionAttachments(getDb(), id).map(dto);
}

/** One attached file of any revision of a document the actor may read, with its bytes. */
export function staffAttachmentFile(
  actor: Actor,
  documentId: number,
  attachmentId: number,
): { file: AttachmentDto; bytes: Buffer } {
  getDocument(actor, documentId);
  const row = getDb()
    .select({ file: schema.attachments })
    .from(schema.attachments)
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.attachments.revisionId))
    .where(and(eq(schema.attachments.id, attachmentId), eq(schema.revisions.documentId, documentId)))
    .get();
  const bytes = row ? readStoredFile(env().filesDir, row.file.sha256) : null;
  if (!row || !bytes) throw notFound('attachments.error.notFound');
  return { file: dto(row.file), bytes };
}

/** A public document's row, when its kind takes files and it is public; null otherwise. */
function publicDocument(documentId: number) {
  const doc = getDb()
    .select({
      kind: schema.documents.kind,
      visibility: schema.documents.visibility,
      publicationState: schema.documents.publicationState,
      publishedRevisionId: schema.documents.publishedRevisionId,
    })
    .from(schema.documents)
    .where(eq(schema.documents.id, documentId))
    .get();
  if (!doc || doc.visibility !== 'public' || !takesAttachments(doc.kind) || doc.publishedRevisionId === null)
    return null;
  // An issued document not disclosed proactively has no public page, and so no public files.
  if (isIssuedKind(doc.kind) && !isProactivelyDisclosed(documentId)) return null;
  return { ...doc, publishedRevisionId: doc.publishedRevisionId };
}

/** The files the public sees with a document: its published revision's, while it is published. */
export function publishedAttachments(documentId: number): AttachmentDto[] {
  const doc = publicDocument(documentId);
  if (!doc || doc.publicationState !== 'published') return [];
  return revisionAttachments(getDb(), doc.publishedRevisionId).map(dto);
}

export type PublicFile =
  { status: 'ok'; file: AttachmentDto; bytes: Buffer } | { status: 'gone' } | { status: 'not_found' };

/**
 * A file at its public address: served only while the revision that carries it is the published revision
 * of a public document; a withdrawn document's files are gone (410), as its page is; anything else, and
 * every other revision's file, is unknown.
 */
export function publicAttachmentFile(documentId: number, hashPrefix: string, name: string): PublicFile {
  const doc = publicDocument(documentId);
  if (!doc || !/^[0-9a-f]+$/.test(hashPrefix) || hashPrefix.length !== PUBLIC_HASH_DIGITS)
    return { status: 'not_found' };
  const file = revisionAttachments(getDb(), doc.publishedRevisionId).find(
    (f) => f.sha256.startsWith(hashPrefix) && f.name === name,
  );
  if (!file) return { status: 'not_found' };
  if (doc.publicationState === 'withdrawn') return { status: 'gone' };
  if (doc.publicationState !== 'published') return { status: 'not_found' };
  const bytes = readStoredFile(env().filesDir, file.sha256);
  return bytes ? { status: 'ok', file: dto(file), bytes } : { status: 'not_found' };
}
