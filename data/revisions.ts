import 'server-only';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { RevisionSource } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { getDocument, loadRevision, type RevisionDto } from './documents';
import { notFound } from './errors';

export type RevisionSummary = {
  id: number;
  number: number;
  source: RevisionSource;
  authorName: string | null;
  createdAt: Date;
};

/** Every revision of a document, newest first (readable by whoever may read the document). */
export function listRevisions(actor: Actor, documentId: number): RevisionSummary[] {
  getDocument(actor, documentId);
  return getDb()
    .select({
      id: schema.revisions.id,
      number: schema.revisions.number,
      source: schema.revisions.source,
      authorName: schema.users.displayName,
      createdAt: schema.revisions.createdAt,
    })
    .from(schema.revisions)
    .leftJoin(schema.users, eq(schema.users.id, schema.revisions.authorId))
    .where(eq(schema.revisions.documentId, documentId))
    .orderBy(desc(schema.revisions.number))
    .all();
}

/** One revision of a document, checked to belong to it. */
export function getRevision(actor: Actor, documentId: number, revisionId: number): RevisionDto {
  getDocument(actor, documentId);
  const owner = getDb()
    .select({ documentId: schema.revisions.documentId })
    .from(schema.revisions)
    .where(eq(schema.revisions.id, revisionId))
    .get();
  if (owner?.documentId !== documentId) throw notFound('documents.revisionNotFound');
  return loadRevision(getDb(), revisionId)!;
}

/**
 * What a reviewer compares the current revision with: the published one if the document is live,
 * else the revision most recently approved in full (any cycle), else nothing.
 */
export function reviewBaseline(
  actor: Actor,
  documentId: number,
): { revision: RevisionDto; reason: 'published' | 'approved' } | null {
  const doc = getDocument(actor, documentId);
  if (doc.publishedRevisionId && doc.publishedRevisionId !== doc.current?.id) {
    return { revision: loadRevision(getDb(), doc.publishedRevisionId)!, reason: 'published' };
  }
  const lastStep = doc.chain.length;
  const approved = getDb()
    .select({ revisionId: schema.approvals.revisionId })
    .from(schema.approvals)
    .where(
      and(
        eq(schema.approvals.documentId, documentId),
        eq(schema.approvals.step, lastStep),
        isNotNull(schema.approvals.revisionId),
      ),
    )
    .orderBy(desc(schema.approvals.id))
    .limit(1)
    .get();
  if (approved && approved.revisionId !== doc.current?.id) {
    return { revision: loadRevision(getDb(), approved.revisionId)!, reason: 'approved' };
  }
  return null;
}
