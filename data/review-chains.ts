import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { DOCUMENT_KINDS, type DocumentKind, type Role } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';
import { conflict, invalid } from './errors';

export function listReviewChains(): Record<DocumentKind, Role[]> {
  const rows = getDb()
    .select()
    .from(schema.reviewChainSteps)
    .orderBy(asc(schema.reviewChainSteps.step))
    .all();
  const chains = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, [] as Role[]])) as Record<
    DocumentKind,
    Role[]
  >;
  for (const r of rows) chains[r.documentKind].push(r.role);
  return chains;
}

/** Replaces a document kind's review chain: one to three steps. Refused while such a document is in review. */
export function setReviewChain(actor: Actor, kind: DocumentKind, roles: Role[]): void {
  authorize(actor, 'reviewChains.set', { attempted: 'reviewChains.set', type: 'review_chain', id: kind });
  if (roles.length < 1 || roles.length > 3) throw invalid('chains.atLeastOne');
  getDb().transaction(
    (tx) => {
      const inReview = tx
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(and(eq(schema.documents.kind, kind), eq(schema.documents.workingState, 'in_review')))
        .get();
      if (inReview) throw conflict('chains.inReview');
      tx.delete(schema.reviewChainSteps).where(eq(schema.reviewChainSteps.documentKind, kind)).run();
      tx.insert(schema.reviewChainSteps)
        .values(roles.map((role, i) => ({ documentKind: kind, step: i + 1, role })))
        .run();
      recordAudit(
        actor,
        { action: 'reviewChain.set', subjectType: 'review_chain', subjectId: kind, detail: { roles } },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
