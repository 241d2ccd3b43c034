import 'server-only';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { getDocument, loadRevision, type DocumentDetail, type RevisionDto } from './documents';

/** Which text of the original a translation's editor shows beside it, and why that one. */
export type OriginalBeside = {
  documentId: number;
  language: ContentLanguage;
  revision: RevisionDto | null;
  basis: 'published' | 'approved' | 'current' | null;
};

/** What a stale translation's editor shows: the original's change since the revision it was made from. */
export type OriginalChange = { from: RevisionDto | null; published: RevisionDto };

/**
 * The original's text a translator works from: the published revision, else the one most recently approved
 * in full, else the current draft. Read as the actor, who must be allowed to read the original.
 */
export function originalBeside(actor: Actor, translation: DocumentDetail): OriginalBeside | null {
  if (!translation.translation) return null;
  const original = getDocument(actor, translation.translation.originalId);
  const at = (basis: OriginalBeside['basis'], revisionId: number | null) => ({
    documentId: original.id,
    language: original.language,
    revision: loadRevision(getDb(), revisionId),
    basis: revisionId === null ? null : basis,
  });
  if (original.publishedRevisionId !== null) return at('published', original.publishedRevisionId);
  const approved = getDb()
    .select({ revisionId: schema.approvals.revisionId })
    .from(schema.approvals)
    .where(
      and(
        eq(schema.approvals.documentId, original.id),
        eq(schema.approvals.step, original.chain.length),
        isNotNull(schema.approvals.revisionId),
      ),
    )
    .orderBy(desc(schema.approvals.id))
    .limit(1)
    .get();
  if (approved) return at('approved', approved.revisionId);
  return at('current', original.current?.id ?? null);
}

/** For a stale translation: the original's revision it was made from (if named) and the one now published. */
export function originalChange(actor: Actor, translation: DocumentDetail): OriginalChange | null {
  const facts = translation.translation;
  if (!facts?.stale || facts.originalPublishedRevisionId === null) return null;
  getDocument(actor, facts.originalId);
  const published = loadRevision(getDb(), facts.originalPublishedRevisionId);
  if (!published) return null;
  return { from: loadRevision(getDb(), facts.translatedFromRevisionId), published };
}

/** Whether the site lets a translation be published before its original (off by default). */
export function translationsMayGoFirst(): boolean {
  return Boolean(
    getDb()
      .select({ on: schema.siteSettings.translationFirst })
      .from(schema.siteSettings)
      .where(eq(schema.siteSettings.id, 1))
      .get()?.on,
  );
}
