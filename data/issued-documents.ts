import 'server-only';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { documentNumberProblem, normalDocumentNumber } from '@/domain/document-number';
import { otherLanguage } from '@/domain/meeting-languages';
import { applyValidityEvent, hasExpired } from '@/domain/validity';
import type {
  ContentLanguage,
  DocumentKind,
  IssuedKind,
  PublicationState,
  Validity,
  WorkingState,
} from '@/domain/vocabulary';
import { isListDecision, publicListText } from '@/domain/nomination-list';
import { isIssuedKind } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { authorize } from './authorize';
import { catalogueAsOf, insertCatalogueEntry, type CatalogueFields } from './catalogue-entries';
import type { When } from './clock';
import type { DocumentChange } from './document-change';
import { loadDocumentRow, readableDocumentRow } from './documents';
import { conflict, invalid, notFound } from './errors';
import { meetingLists } from './nomination-entries';
import { recordPurge } from './cache-purges';
import { cacheTagsAfterMeetingPagesChange } from './revalidate-after';
import { getSiteSettings } from './site-settings';
import { publishDocument, saveRevision, type SavedRevision } from './workflow';

// Issued documents: the policy document a decision adopted, issued in the body's original language with
// its translation, and its interpretation. They are documents like the others (the same workflow, review
// chains per kind and language, the same editor); this module creates them and keeps their catalogue.

export type IssuedSummary = {
  id: number;
  kind: IssuedKind;
  language: ContentLanguage;
  headline: string | null;
  workingState: WorkingState;
  publicationState: PublicationState;
  interpretsId: number | null;
  translationOfId: number | null;
};

const summaryColumns = {
  id: schema.documents.id,
  kind: schema.documents.kind,
  language: schema.documents.language,
  headline: schema.revisions.headline,
  workingState: schema.documents.workingState,
  publicationState: schema.documents.publicationState,
  interpretsId: schema.documents.interpretsId,
  translationOfId: schema.documents.translationOfId,
};

function decisionRow(tx: Tx | ReturnType<typeof getDb>, decisionId: number) {
  const row = tx
    .select({
      id: schema.decisions.id,
      meetingId: schema.decisions.meetingId,
      meetingStatus: schema.meetings.status,
      originalLanguage: schema.bodies.originalLanguage,
    })
    .from(schema.decisions)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.decisions.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(eq(schema.decisions.id, decisionId))
    .get();
  if (!row) throw notFound();
  return row;
}

/** The issued documents of a meeting's decisions, by decision: what the records page lists beside each. */
export function issuedDocumentsOfMeeting(actor: Actor, meetingId: number): Map<number, IssuedSummary[]> {
  authorize(actor, 'meetings.read', { attempted: 'meetings.read', type: 'meeting', id: meetingId });
  const rows = getDb()
    .select({ ...summaryColumns, decisionId: schema.documents.decisionId })
    .from(schema.documents)
    .leftJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
    .where(
      and(
        eq(schema.documents.meetingId, meetingId),
        inArray(schema.documents.kind, ['policy_document', 'interpretation']),
      ),
    )
    .orderBy(asc(schema.documents.id))
    .all();
  const byDecision = new Map<number, IssuedSummary[]>();
  for (const { decisionId, ...row } of rows) {
    if (decisionId === null) continue;
    byDecision.set(decisionId, [...(byDecision.get(decisionId) ?? []), row as IssuedSummary]);
  }
  return byDecision;
}

/**
 * Issues a decision's policy document: one in the body's original language and its translation, both
 * empty drafts for the editor. Issuing it again returns the one there is.
 */
export function issueDocumentFromDecision(actor: Actor, decisionId: number): { documentId: number } {
  const issued = issueEmptyDocuments(actor, decisionId);
  if (issued.created) draftListText(actor, decisionId, issued.documentId);
  return { documentId: issued.documentId };
}

/**
 * A list's document (a nomination list, a naming) starts from the list's public text in the original
 * language, made from the entries' public fields only as the list's disclosure allows; it is reviewed like
 * any text. Other documents, and a list with nothing to publish, start empty.
 */
function draftListText(actor: Actor, decisionId: number, documentId: number) {
  const decision = getDb()
    .select({
      meetingId: schema.decisions.meetingId,
      kind: schema.decisions.kind,
      title: schema.decisions.title,
      titleZh: schema.decisions.titleZh,
    })
    .from(schema.decisions)
    .where(eq(schema.decisions.id, decisionId))
    .get();
  if (!decision || !isListDecision(decision.kind)) return;
  const list = meetingLists(actor, decision.meetingId).find((l) => l.decisionId === decisionId);
  const { language } = loadDocumentRow(getDb(), documentId)!;
  const body = list ? publicListText(list.entries, list.disclosure, language) : null;
  if (!body) return;
  const headline =
    language === 'zh' ? decision.titleZh || decision.title : decision.title || decision.titleZh;
  saveRevision(actor, { documentId, baseRevisionId: null, headline, body });
}

function issueEmptyDocuments(actor: Actor, decisionId: number): { documentId: number; created: boolean } {
  return getDb().transaction(
    (tx) => {
      const decision = decisionRow(tx, decisionId);
      authorize(actor, 'records.edit', {
        attempted: 'documents.issueFromDecision',
        type: 'decision',
        id: decisionId,
        meetingStatus: decision.meetingStatus,
      });
      const existing = tx
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(
          and(
            eq(schema.documents.decisionId, decisionId),
            eq(schema.documents.kind, 'policy_document'),
            isNull(schema.documents.translationOfId),
          ),
        )
        .get();
      if (existing) return { documentId: existing.id, created: false };
      const originalId = insertIssued(tx, {
        meetingId: decision.meetingId,
        decisionId,
        kind: 'policy_document',
        language: decision.originalLanguage,
        translationOfId: null,
        interpretsId: null,
      });
      insertIssued(tx, {
        meetingId: decision.meetingId,
        decisionId,
        kind: 'policy_document',
        language: otherLanguage(decision.originalLanguage),
        translationOfId: originalId,
        interpretsId: null,
      });
      recordAudit(
        actor,
        { action: 'document.issued', subjectType: 'document', subjectId: originalId, detail: { decisionId } },
        tx,
      );
      return { documentId: originalId, created: true };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Writes the interpretation of a policy document, in each language the policy has, each naming the policy
 * document of its language. Asking again returns the one there is.
 */
export function createInterpretation(actor: Actor, policyId: number): { documentId: number } {
  return getDb().transaction(
    (tx) => {
      const policy = loadDocumentRow(tx, policyId);
      if (policy.kind !== 'policy_document' || policy.decisionId === null) throw invalid('issued.notAPolicy');
      const decision = decisionRow(tx, policy.decisionId);
      authorize(actor, 'records.edit', {
        attempted: 'documents.createInterpretation',
        type: 'document',
        id: policyId,
        meetingStatus: decision.meetingStatus,
      });
      const originalPolicyId = policy.translationOfId ?? policy.id;
      const policies = tx
        .select()
        .from(schema.documents)
        .where(
          or(
            eq(schema.documents.id, originalPolicyId),
            eq(schema.documents.translationOfId, originalPolicyId),
          ),
        )
        .orderBy(asc(schema.documents.id))
        .all();
      const existing = tx
        .select({ id: schema.documents.id, interpretsId: schema.documents.interpretsId })
        .from(schema.documents)
        .where(
          inArray(
            schema.documents.interpretsId,
            policies.map((p) => p.id),
          ),
        )
        .all();
      let originalInterpretation: number | null =
        existing.find((e) => e.interpretsId === originalPolicyId)?.id ?? null;
      for (const p of policies) {
        if (existing.some((e) => e.interpretsId === p.id)) continue;
        const id = insertIssued(tx, {
          meetingId: p.meetingId,
          decisionId: p.decisionId,
          kind: 'interpretation',
          language: p.language,
          translationOfId: p.id === originalPolicyId ? null : originalInterpretation,
          interpretsId: p.id,
        });
        if (p.id === originalPolicyId) originalInterpretation = id;
      }
      const mine = tx
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(eq(schema.documents.interpretsId, policyId))
        .get();
      recordAudit(
        actor,
        { action: 'document.interpretation_created', subjectType: 'document', subjectId: policyId },
        tx,
      );
      return { documentId: mine!.id };
    },
    { behavior: 'immediate' },
  );
}

function insertIssued(
  tx: Tx,
  values: {
    meetingId: number;
    decisionId: number | null;
    kind: IssuedKind;
    language: ContentLanguage;
    translationOfId: number | null;
    interpretsId: number | null;
  },
): number {
  return tx
    .insert(schema.documents)
    .values({ ...values, visibility: 'public' })
    .returning({ id: schema.documents.id })
    .get().id;
}

export type CatalogueInput = CatalogueFields;

/**
 * Saves changed catalogue fields as a new revision of the document (its text unchanged), so they are
 * reviewed and published like the text. Refused when the text has changed since the form was loaded.
 */
export function saveCatalogue(
  actor: Actor,
  documentId: number,
  baseRevisionId: number | null,
  input: CatalogueInput,
  when?: When,
): SavedRevision {
  const doc = readableDocumentRow(actor, documentId);
  if (!isIssuedKind(doc.kind)) throw invalid('issued.notIssued');
  const db = getDb();
  const current = doc.currentRevisionId
    ? db.select().from(schema.revisions).where(eq(schema.revisions.id, doc.currentRevisionId)).get()
    : undefined;
  if (!current) throw invalid('issued.textFirst');
  const fields = checkedCatalogue(documentId, input);
  return saveRevision(
    actor,
    {
      documentId,
      baseRevisionId,
      headline: current.headline,
      body: current.body,
      alsoWrite: (tx, revisionId) => insertCatalogueEntry(tx, documentId, revisionId, fields),
    },
    when,
  );
}

/** The catalogue fields as they may be saved: each checked, the document number in its one spelling. */
function checkedCatalogue(documentId: number, input: CatalogueInput): CatalogueFields {
  const documentNumber = normalDocumentNumber(input.documentNumber);
  const problem = documentNumberProblem(documentNumber, input.writtenOn);
  if (problem) throw invalid(`issued.numberProblem.${problem}`, { number: documentNumber });
  if (documentNumber) {
    const taken = getDb()
      .select({ id: schema.indexNumbers.documentId })
      .from(schema.indexNumbers)
      .where(eq(schema.indexNumbers.documentNumber, documentNumber))
      .get();
    if (taken && taken.id !== documentId)
      throw conflict('issued.refused.numberTaken', { number: documentNumber });
  }
  if (input.disclosure !== 'proactive' && input.disclosureReason.trim() === '') {
    throw invalid('issued.reasonRequired');
  }
  if (input.effectiveOn && input.validUntil && input.validUntil < input.effectiveOn) {
    throw invalid('issued.untilBeforeEffective');
  }
  if ((input.changesDocumentId === null) !== (input.changeKind === null))
    throw invalid('issued.changeIncomplete');
  if (input.changesDocumentId !== null) {
    const target = getDb()
      .select({ kind: schema.documents.kind, publicationState: schema.documents.publicationState })
      .from(schema.documents)
      .where(eq(schema.documents.id, input.changesDocumentId))
      .get();
    if (
      input.changesDocumentId === documentId ||
      !target ||
      !isIssuedKind(target.kind) ||
      target.publicationState !== 'published'
    ) {
      throw invalid('issued.changeTargetInvalid');
    }
  }
  return { ...input, documentNumber, disclosureReason: input.disclosureReason.trim() };
}

/**
 * The leader's publication of a policy document with its interpretation in one step: the policy first, then
 * each approved interpretation of it (an interpretation never goes before its policy). Everything is
 * checked before anything is published, so a step that cannot go leaves both as they were.
 */
export function publishWithInterpretation(actor: Actor, policyId: number, when?: When): DocumentChange[] {
  const policy = readableDocumentRow(actor, policyId);
  // Publishing is a leader's: asked before anything else is looked at.
  authorize(actor, 'publish', { attempted: 'documents.publish', type: 'document', id: policyId });
  if (policy.kind !== 'policy_document') throw invalid('issued.notAPolicy');
  const interpretations = getDb()
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.interpretsId, policyId))
    .all()
    .filter((d) => d.publicationState !== 'published' || d.workingState !== 'published');
  if (interpretations.some((d) => d.workingState !== 'approved'))
    throw conflict('issued.interpretationNotApproved');
  const changes = [publishDocument(actor, policyId, { withInterpretation: true }, when)];
  for (const interpretation of interpretations)
    changes.push(publishDocument(actor, interpretation.id, {}, when));
  return changes;
}

export type ExpiredDocument = { documentId: number; meetingId: number; kind: DocumentKind };

/**
 * The ticker's daily pass: every published issued document whose last day in force, as published, is
 * before today (in the site's time zone), marked expired as of today. Safe to run any number of times.
 */
export function expireIssuedDocuments(now: Date): ExpiredDocument[] {
  const today = isoDateInZone(now, getSiteSettings().timeZone);
  return getDb().transaction(
    (tx) => {
      const candidates = tx
        .select()
        .from(schema.documents)
        .where(
          and(
            inArray(schema.documents.kind, ['policy_document', 'interpretation']),
            eq(schema.documents.publicationState, 'published'),
            inArray(schema.documents.validity, ['in_force', 'amended'] satisfies Validity[]),
          ),
        )
        .all();
      const expired: ExpiredDocument[] = [];
      for (const doc of candidates) {
        const { validUntil } = catalogueAsOf(tx, doc.id, doc.publishedRevisionId);
        if (!hasExpired(validUntil, today)) continue;
        const outcome = applyValidityEvent(
          { validity: doc.validity, changedOn: doc.validityChangedOn, changedById: doc.validityChangedById },
          { kind: 'expire', on: today },
        );
        if (!outcome.changed) continue;
        tx.update(schema.documents)
          .set({ validity: 'expired', validityChangedOn: today, validityChangedById: null })
          .where(eq(schema.documents.id, doc.id))
          .run();
        recordAudit(
          { kind: 'system', purpose: 'scheduler' },
          {
            action: 'document.expired',
            subjectType: 'document',
            subjectId: doc.id,
            detail: { validUntil },
            at: now,
          },
          tx,
        );
        expired.push({ documentId: doc.id, meetingId: doc.meetingId, kind: doc.kind });
        recordPurge(tx, cacheTagsAfterMeetingPagesChange(tx, doc.meetingId), 'document.expired');
      }
      return expired;
    },
    { behavior: 'immediate' },
  );
}
