import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import { CONFIDENTIALITY_DEFAULTS, statementStep, type ConfidentialityRule } from '@/domain/confidentiality';
import { DOCUMENT_KINDS, type DocumentKind, type Role } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';
import { readableDocumentRow, reviewChain } from './documents';
import { conflict, invalid } from './errors';

/** Whether a kind of document requires the confidentiality statement, and the step that carries it. */
export function confidentialityRule(db: Db | Tx, kind: DocumentKind): ConfidentialityRule {
  const row = db
    .select({ required: schema.confidentialityRules.required, step: schema.confidentialityRules.step })
    .from(schema.confidentialityRules)
    .where(eq(schema.confidentialityRules.documentKind, kind))
    .get();
  return row ?? CONFIDENTIALITY_DEFAULTS[kind];
}

export function listConfidentialityRules(): Record<DocumentKind, ConfidentialityRule> {
  const db = getDb();
  return Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, confidentialityRule(db, k)])) as Record<
    DocumentKind,
    ConfidentialityRule
  >;
}

export function setConfidentialityRule(actor: Actor, kind: DocumentKind, rule: ConfidentialityRule): void {
  authorize(actor, 'reviewChains.set', { attempted: 'confidentiality.set', type: 'review_chain', id: kind });
  if (!Number.isInteger(rule.step) || rule.step < 1 || rule.step > 3) throw invalid('validation.number');
  getDb().transaction(
    (tx) => {
      tx.insert(schema.confidentialityRules)
        .values({ documentKind: kind, ...rule })
        .onConflictDoUpdate({ target: schema.confidentialityRules.documentKind, set: rule })
        .run();
      recordAudit(
        actor,
        { action: 'confidentiality.set', subjectType: 'review_chain', subjectId: kind, detail: rule },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/** The step of this document's chain that carries the statement, or null. */
export function documentStatementStep(
  db: Db | Tx,
  kind: DocumentKind,
  chain: readonly Role[],
): number | null {
  return statementStep(confidentialityRule(db, kind), chain.length);
}

/**
 * Publication's check: a kind that requires the statement is published only if an approval of this very
 * revision carries it.
 */
export function assertConfidentialityReviewed(
  tx: Tx,
  kind: DocumentKind,
  documentId: number,
  revisionId: number,
) {
  if (!confidentialityRule(tx, kind).required) return;
  const confirmed = tx
    .select({ id: schema.approvals.id })
    .from(schema.approvals)
    .where(
      and(
        eq(schema.approvals.documentId, documentId),
        eq(schema.approvals.revisionId, revisionId),
        eq(schema.approvals.confidentialityConfirmed, true),
      ),
    )
    .get();
  if (!confirmed) throw conflict('confidentiality.missing');
}

/** One step of a document's chain in its current review cycle: who signs it, and who signed. */
export type ChainStep = {
  step: number;
  role: Role;
  carriesStatement: boolean;
  signed: { name: string | null; at: Date; confirmed: boolean } | null;
};

/** The chain of a document's current review cycle, step by step, for one who may read the document. */
export function getChainSteps(actor: Actor, documentId: number): ChainStep[] {
  const db = getDb();
  const doc = readableDocumentRow(actor, documentId);
  const chain = reviewChain(db, doc);
  const carrier = documentStatementStep(db, doc.kind, chain);
  const approvals = db
    .select({
      step: schema.approvals.step,
      name: schema.users.displayName,
      at: schema.approvals.createdAt,
      confirmed: schema.approvals.confidentialityConfirmed,
    })
    .from(schema.approvals)
    .leftJoin(schema.users, eq(schema.users.id, schema.approvals.userId))
    .where(and(eq(schema.approvals.documentId, doc.id), eq(schema.approvals.reviewCycle, doc.reviewCycle)))
    .orderBy(asc(schema.approvals.step))
    .all();
  return chain.map((role, i) => {
    const a = approvals.find((x) => x.step === i + 1);
    return {
      step: i + 1,
      role,
      carriesStatement: carrier === i + 1,
      signed: a ? { name: a.name, at: a.at, confirmed: a.confirmed } : null,
    };
  });
}
