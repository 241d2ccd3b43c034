import 'server-only';
import { and, asc, desc, eq, lte, max, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, schema, type Db, type Tx } from '@/db';
import { can, workflowRoles, type PermissionSubject } from '@/domain/permissions';
import type {
  ContentLanguage,
  DocumentKind,
  MeetingStatus,
  PublicationState,
  RevisionSource,
  Role,
  Visibility,
  WorkingState,
} from '@/domain/vocabulary';
import { translationIsStale } from '@/domain/translation';
import { decide, type WorkflowAction } from '@/domain/workflow';
import { actorUserId, type Actor } from './actor';
import { authorize } from './authorize';
import { listReviewChains } from './review-chains';
import { notFound } from './errors';

export type RevisionDto = {
  id: number;
  number: number;
  headline: string;
  body: string;
  source: RevisionSource;
  /** A translation's revision: the original's revision it was translated from. */
  translatedFromRevisionId: number | null;
  authorName: string | null;
  createdAt: Date;
};

export type TransitionDto = {
  id: number;
  action: string;
  fromState: string;
  toState: string;
  actorName: string | null;
  comment: string;
  createdAt: Date;
};

export type DocumentDetail = {
  id: number;
  meetingId: number;
  kind: DocumentKind;
  language: ContentLanguage;
  /** For a translation: its original, and whether the original has published newer text since. */
  translation: TranslationFacts | null;
  visibility: Visibility;
  workingState: WorkingState;
  reviewStep: number | null;
  chain: Role[];
  publicationState: PublicationState;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  slug: string | null;
  scheduledFor: Date | null;
  scheduledByName: string | null;
  current: RevisionDto | null;
  publishedRevisionId: number | null;
  transitions: TransitionDto[];
  /** What the page may offer the actor here: the server asks again when any of it is used. */
  may: DocumentPermissions;
};

export type TranslationFacts = {
  originalId: number;
  originalLanguage: ContentLanguage;
  originalPublicationState: PublicationState;
  originalPublishedRevisionId: number | null;
  /** The original's revision the translation's current text was translated from. */
  translatedFromRevisionId: number | null;
  stale: boolean;
};

export type DocumentPermissions = {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  schedule: boolean;
  unschedule: boolean;
  withdraw: boolean;
  /** Taking the text back from review (or its final approval) to change it. */
  recall: boolean;
  /** The review page, from the reviewers' and leaders' links. */
  openReview: boolean;
};

export function reviewChain(
  db: Tx | ReturnType<typeof getDb>,
  doc: { kind: DocumentKind; language: ContentLanguage },
): Role[] {
  return db
    .select({ role: schema.reviewChainSteps.role })
    .from(schema.reviewChainSteps)
    .where(
      and(
        eq(schema.reviewChainSteps.documentKind, doc.kind),
        eq(schema.reviewChainSteps.language, doc.language),
      ),
    )
    .orderBy(asc(schema.reviewChainSteps.step))
    .all()
    .map((r) => r.role);
}

export function loadDocumentRow(tx: Tx | ReturnType<typeof getDb>, documentId: number) {
  const doc = tx.select().from(schema.documents).where(eq(schema.documents.id, documentId)).get();
  if (!doc) throw notFound();
  return doc;
}

/**
 * The workflow actions a page offers on a document: the transition table's answer with what the forms
 * supply (a comment where one is required). Four-eyes is left to the server, which explains its refusal.
 */
function offeredActions(
  actor: Actor,
  doc: typeof schema.documents.$inferSelect,
  chain: readonly Role[],
  meetingStatus: MeetingStatus,
): DocumentPermissions {
  const state = { working: doc.workingState, step: doc.reviewStep, publication: doc.publicationState };
  const facts = { roles: workflowRoles(actor), chain, meetingStatus, hasComment: true };
  const allowed = (action: WorkflowAction) => decide(action, state, facts).allowed;
  return {
    edit: allowed('save'),
    submit: allowed('submit') && doc.currentRevisionId !== null,
    review: allowed('approve'),
    // Publishing now is offered beside scheduling, for an approved revision: a scheduled one is unscheduled first.
    publish: allowed('publish') && allowed('schedule'),
    schedule: allowed('schedule'),
    unschedule: allowed('unschedule'),
    withdraw: allowed('withdraw'),
    recall: allowed('recall'),
    openReview: can(actor, 'reviewQueue.read'),
  };
}

const revisionColumns = {
  id: schema.revisions.id,
  number: schema.revisions.number,
  headline: schema.revisions.headline,
  body: schema.revisions.body,
  source: schema.revisions.source,
  translatedFromRevisionId: schema.revisions.translatedFromRevisionId,
  authorName: schema.users.displayName,
  createdAt: schema.revisions.createdAt,
};

export function loadRevision(
  db: Tx | ReturnType<typeof getDb>,
  revisionId: number | null,
): RevisionDto | null {
  if (revisionId === null) return null;
  return (
    db
      .select(revisionColumns)
      .from(schema.revisions)
      .leftJoin(schema.users, eq(schema.users.id, schema.revisions.authorId))
      .where(eq(schema.revisions.id, revisionId))
      .get() ?? null
  );
}

/** A document's row, for an actor who may read it: what a write needs to know before its transition. */
export function readableDocumentRow(actor: Actor, documentId: number) {
  const doc = loadDocumentRow(getDb(), documentId);
  authorize(actor, 'document.read', {
    document: readFacts(getDb(), actor, doc),
    attempted: 'documents.read',
    type: 'document',
    id: documentId,
  });
  return doc;
}

/**
 * What the read rule asks of a document: besides its visibility and publication, for minutes read by a
 * unit liaison, whether the liaison's unit is on their distribution list.
 */
export function readFacts(
  db: Db,
  actor: Actor,
  doc: Pick<ReturnType<typeof loadDocumentRow>, 'kind' | 'meetingId' | 'visibility' | 'publicationState'>,
): NonNullable<PermissionSubject['document']> {
  const liaison = actor.kind === 'user' && actor.roles.includes('unit_liaison');
  return {
    kind: doc.kind,
    visibility: doc.visibility,
    publicationState: doc.publicationState,
    distributedToActor:
      liaison && doc.kind === 'minutes'
        ? Boolean(
            db
              .select({ unitId: schema.minutesDistribution.unitId })
              .from(schema.minutesDistribution)
              .innerJoin(schema.users, eq(schema.users.unitId, schema.minutesDistribution.unitId))
              .where(
                and(
                  eq(schema.minutesDistribution.meetingId, doc.meetingId),
                  eq(schema.users.id, actorUserId(actor) ?? -1),
                ),
              )
              .get(),
          )
        : false,
  };
}

export function getDocument(actor: Actor, documentId: number): DocumentDetail {
  const db = getDb();
  const row = db
    .select({ doc: schema.documents, meetingStatus: schema.meetings.status })
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .where(eq(schema.documents.id, documentId))
    .get();
  if (!row) throw notFound();
  const { doc, meetingStatus } = row;
  authorize(actor, 'document.read', {
    document: readFacts(db, actor, doc),
    attempted: 'documents.read',
    type: 'document',
    id: documentId,
  });
  const chain = reviewChain(db, doc);
  const current = loadRevision(db, doc.currentRevisionId);
  return {
    id: doc.id,
    meetingId: doc.meetingId,
    kind: doc.kind,
    language: doc.language,
    translation: translationFacts(db, doc, current),
    visibility: doc.visibility,
    workingState: doc.workingState,
    reviewStep: doc.reviewStep,
    chain,
    publicationState: doc.publicationState,
    firstPublishedAt: doc.firstPublishedAt,
    lastPublishedAt: doc.lastPublishedAt,
    slug: doc.slug,
    scheduledFor: doc.scheduledFor,
    scheduledByName: doc.scheduledBy
      ? (db
          .select({ name: schema.users.displayName })
          .from(schema.users)
          .where(eq(schema.users.id, doc.scheduledBy))
          .get()?.name ?? null)
      : null,
    current,
    publishedRevisionId: doc.publishedRevisionId,
    transitions: db
      .select({
        id: schema.transitions.id,
        action: schema.transitions.action,
        fromState: schema.transitions.fromState,
        toState: schema.transitions.toState,
        actorName: schema.users.displayName,
        comment: schema.transitions.comment,
        createdAt: schema.transitions.createdAt,
      })
      .from(schema.transitions)
      .leftJoin(schema.users, eq(schema.users.id, schema.transitions.actorId))
      .where(eq(schema.transitions.documentId, documentId))
      .orderBy(desc(schema.transitions.id))
      .all(),
    may: offeredActions(actor, doc, chain, meetingStatus),
  };
}

/** What a translation's page says of its original; null for a document that is not a translation. */
export function translationFacts(
  db: Tx | ReturnType<typeof getDb>,
  doc: { translationOfId: number | null },
  current: Pick<RevisionDto, 'id' | 'translatedFromRevisionId' | 'source'> | null,
): TranslationFacts | null {
  if (doc.translationOfId === null) return null;
  const original = loadDocumentRow(db, doc.translationOfId);
  const translatedFromRevisionId = current?.translatedFromRevisionId ?? null;
  // Two releases imported from an archive were published before Gazette held them, as a pair: neither
  // follows the other's text here (revisions are immutable, so the import cannot name the original).
  const importedPair =
    current?.source === 'import' &&
    original.publishedRevisionId !== null &&
    loadRevision(db, original.publishedRevisionId)?.source === 'import';
  return {
    originalId: original.id,
    originalLanguage: original.language,
    originalPublicationState: original.publicationState,
    originalPublishedRevisionId: original.publishedRevisionId,
    translatedFromRevisionId,
    stale:
      !importedPair &&
      translationIsStale({
        originalPublishedRevisionId: original.publishedRevisionId,
        translationCurrentRevisionId: current?.id ?? null,
        translatedFromRevisionId,
      }),
  };
}

export type QueueEntry = {
  documentId: number;
  meetingId: number;
  kind: DocumentKind;
  language: ContentLanguage;
  headline: string | null;
  workingState: WorkingState;
  reviewStep: number | null;
  sessionNumber: number;
  meetingName: string;
  meetingNameZh: string;
  heldOn: string;
};

/** What a queue or task list shows of a document and its meeting. */
const queueColumns = {
  documentId: schema.documents.id,
  meetingId: schema.documents.meetingId,
  kind: schema.documents.kind,
  language: schema.documents.language,
  headline: schema.revisions.headline,
  workingState: schema.documents.workingState,
  reviewStep: schema.documents.reviewStep,
  sessionNumber: schema.meetings.sessionNumber,
  meetingName: schema.bodies.meetingName,
  meetingNameZh: schema.bodies.meetingNameZh,
  heldOn: schema.meetings.heldOn,
};

/**
 * Documents waiting for this actor: review steps their roles sign, and (for leaders) approved ones to
 * publish and schedules past their time.
 */
export function listReviewQueue(actor: Actor): QueueEntry[] {
  const db = getDb();
  const rows = db
    .select(queueColumns)
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .leftJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
    .where(
      or(
        eq(schema.documents.workingState, 'in_review'),
        eq(schema.documents.workingState, 'approved'),
        // A schedule past its time is stuck (its leader lost the role): a leader must act on it.
        and(eq(schema.documents.workingState, 'scheduled'), lte(schema.documents.scheduledFor, new Date())),
      ),
    )
    .orderBy(asc(schema.documents.id))
    .all();
  const chains = listReviewChains();
  return rows.filter((r) =>
    r.workingState === 'in_review'
      ? can(actor, 'approve', { chain: chains[r.language][r.kind], step: r.reviewStep })
      : can(actor, 'publish'),
  );
}

export type TaskEntry = QueueEntry & { returned: boolean; comment: string };

/**
 * A secretary's own work: documents returned to them with changes requested (with the reviewer's
 * comment), and drafts whose newest revision they wrote.
 */
export function listMyTasks(actor: Actor): TaskEntry[] {
  const userId = actorUserId(actor);
  if (userId === null || !can(actor, 'tasks.read')) return [];
  const db = getDb();
  // Each draft's last transition, looked up per draft through transitions_document (not by grouping
  // every transition of every document, which this page and the navigation's count would do per visit).
  const t2 = alias(schema.transitions, 't2');
  const lastTransitionId = db
    .select({ id: max(t2.id) })
    .from(t2)
    .where(eq(t2.documentId, schema.documents.id));
  return db
    .select({
      ...queueColumns,
      returned: sql<number>`${schema.transitions.action} = 'request_changes'`,
      comment: schema.transitions.comment,
    })
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
    .innerJoin(schema.transitions, eq(schema.transitions.id, lastTransitionId))
    .where(and(eq(schema.documents.workingState, 'draft'), eq(schema.revisions.authorId, userId)))
    .orderBy(desc(schema.transitions.id))
    .all()
    .map((r) => ({ ...r, returned: Boolean(r.returned) }));
}
