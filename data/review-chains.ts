import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import {
  CONTENT_LANGUAGES,
  DOCUMENT_KINDS,
  type ContentLanguage,
  type DocumentKind,
  type Role,
} from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';
import { conflict, invalid } from './errors';

/** Every review chain: per language, per kind of document, the role that signs each step. */
export type ReviewChains = Record<ContentLanguage, Record<DocumentKind, Role[]>>;

export function listReviewChains(): ReviewChains {
  const rows = getDb()
    .select()
    .from(schema.reviewChainSteps)
    .orderBy(asc(schema.reviewChainSteps.step))
    .all();
  const perKind = () =>
    Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, [] as Role[]])) as Record<DocumentKind, Role[]>;
  const chains = Object.fromEntries(CONTENT_LANGUAGES.map((l) => [l, perKind()])) as ReviewChains;
  for (const r of rows) chains[r.language][r.documentKind].push(r.role);
  return chains;
}

/**
 * Replaces the review chain of a kind of document in one language: one to three steps. Refused while such
 * a document is in review.
 */
export function setReviewChain(
  actor: Actor,
  kind: DocumentKind,
  language: ContentLanguage,
  roles: Role[],
): void {
  const chainId = `${kind}:${language}`;
  authorize(actor, 'reviewChains.set', { attempted: 'reviewChains.set', type: 'review_chain', id: chainId });
  if (roles.length < 1 || roles.length > 3) throw invalid('chains.atLeastOne');
  getDb().transaction(
    (tx) => {
      const inReview = tx
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(
          and(
            eq(schema.documents.kind, kind),
            eq(schema.documents.language, language),
            eq(schema.documents.workingState, 'in_review'),
          ),
        )
        .get();
      if (inReview) throw conflict('chains.inReview');
      tx.delete(schema.reviewChainSteps)
        .where(
          and(eq(schema.reviewChainSteps.documentKind, kind), eq(schema.reviewChainSteps.language, language)),
        )
        .run();
      tx.insert(schema.reviewChainSteps)
        .values(roles.map((role, i) => ({ documentKind: kind, language, step: i + 1, role })))
        .run();
      recordAudit(
        actor,
        { action: 'reviewChain.set', subjectType: 'review_chain', subjectId: chainId, detail: { roles } },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
