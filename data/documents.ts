import 'server-only';
import { and, asc, desc, eq, gte, lt, max, or } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { checkReleaseAgainstRecords, type Mismatch } from '@/domain/release-consistency';
import { draftRelease, draftToMarkdown } from '@/domain/release-draft';
import { slugify } from '@/domain/slug';
import type {
  DocumentKind,
  PublicationState,
  RevisionSource,
  Role,
  Visibility,
  WorkingState,
} from '@/domain/vocabulary';
import { decide, type Refusal, type WorkflowAction } from '@/domain/workflow';
import type { MessageKey } from '@/messages';
import { actorUserId, isEditorialStaff, type Actor } from './actor';
import { recordAudit, refusal } from './audit';
import { nowOf, type When } from './clock';
import { conflict, invalid, notFound } from './errors';
import { getMeeting, meetingRecords } from './meetings';

export type RevisionDto = {
  id: number;
  number: number;
  headline: string;
  body: string;
  source: RevisionSource;
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
  visibility: Visibility;
  workingState: WorkingState;
  reviewStep: number | null;
  chain: Role[];
  publicationState: PublicationState;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  slug: string | null;
  current: RevisionDto | null;
  publishedRevisionId: number | null;
  transitions: TransitionDto[];
};

const REFUSAL_MESSAGES: Record<Refusal, MessageKey> = {
  role_required: 'workflow.refused.roleRequired',
  not_in_draft: 'workflow.refused.notInDraft',
  not_in_review: 'workflow.refused.notInReview',
  not_approved: 'workflow.refused.notApproved',
  not_scheduled: 'workflow.refused.notScheduled',
  not_published: 'workflow.refused.notPublished',
  unschedule_first: 'workflow.refused.unscheduleFirst',
  four_eyes_author: 'workflow.refused.fourEyesAuthor',
  four_eyes_earlier_step: 'workflow.refused.fourEyesEarlierStep',
  comment_required: 'workflow.refused.commentRequired',
};

export function reviewChain(db: Tx | ReturnType<typeof getDb>, kind: DocumentKind): Role[] {
  return db
    .select({ role: schema.reviewChainSteps.role })
    .from(schema.reviewChainSteps)
    .where(eq(schema.reviewChainSteps.documentKind, kind))
    .orderBy(asc(schema.reviewChainSteps.step))
    .all()
    .map((r) => r.role);
}

/** The review chain of a document kind, for screens that show which role signs a step. */
export const reviewChainFor = (kind: DocumentKind): Role[] => reviewChain(getDb(), kind);

function loadDocumentRow(tx: Tx | ReturnType<typeof getDb>, documentId: number) {
  const doc = tx.select().from(schema.documents).where(eq(schema.documents.id, documentId)).get();
  if (!doc) throw notFound();
  return doc;
}

/** Who may read a document: editorial staff always; everyone signed in once an internal one is issued. */
function canRead(actor: Actor, doc: { visibility: Visibility; publicationState: PublicationState }): boolean {
  if (isEditorialStaff(actor)) return true;
  return actor.kind === 'user' && doc.visibility === 'internal' && doc.publicationState === 'published';
}

const revisionColumns = {
  id: schema.revisions.id,
  number: schema.revisions.number,
  headline: schema.revisions.headline,
  body: schema.revisions.body,
  source: schema.revisions.source,
  authorName: schema.users.displayName,
  createdAt: schema.revisions.createdAt,
};

function loadRevision(db: Tx | ReturnType<typeof getDb>, revisionId: number | null): RevisionDto | null {
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

export function getDocument(actor: Actor, documentId: number): DocumentDetail {
  const db = getDb();
  const doc = loadDocumentRow(db, documentId);
  if (!canRead(actor, doc)) throw refusal(actor, 'documents.read', { type: 'document', id: documentId });
  return {
    id: doc.id,
    meetingId: doc.meetingId,
    kind: doc.kind,
    visibility: doc.visibility,
    workingState: doc.workingState,
    reviewStep: doc.reviewStep,
    chain: reviewChain(db, doc.kind),
    publicationState: doc.publicationState,
    firstPublishedAt: doc.firstPublishedAt,
    lastPublishedAt: doc.lastPublishedAt,
    slug: doc.slug,
    current: loadRevision(db, doc.currentRevisionId),
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
  };
}

type DocumentRow = typeof schema.documents.$inferSelect;

const stateLabel = (doc: Pick<DocumentRow, 'workingState' | 'reviewStep'>) =>
  doc.workingState === 'in_review' ? `in_review:${doc.reviewStep}` : doc.workingState;

type TransitionPlan = {
  comment?: string;
  /** Extra facts and writes for this action, run inside the transaction once the table allows it. */
  apply?: (tx: Tx, doc: DocumentRow, now: Date) => Partial<DocumentRow> | void;
  /** Runs before the table is asked; may throw a GazetteError (e.g. a stale save). */
  precheck?: (tx: Tx, doc: DocumentRow) => void;
};

/**
 * The one path by which a document changes state: ask the transition table, then write the new state,
 * the transition and its audit event in one BEGIN IMMEDIATE transaction. A refusal is audited and thrown.
 */
function transition(
  actor: Actor,
  documentId: number,
  action: WorkflowAction,
  plan: TransitionPlan,
  when?: When,
) {
  const db = getDb();
  const now = nowOf(when);
  const outcome = db.transaction(
    (tx) => {
      const doc = loadDocumentRow(tx, documentId);
      plan.precheck?.(tx, doc);
      const chain = reviewChain(tx, doc.kind);
      const userId = actorUserId(actor);
      const verdict = decide(
        action,
        { working: doc.workingState, step: doc.reviewStep, publication: doc.publicationState },
        {
          roles: actor.kind === 'user' ? actor.roles : [],
          chain,
          hasComment: Boolean(plan.comment?.trim()),
          ...(action === 'approve' && userId !== null ? fourEyesFacts(tx, doc, userId) : {}),
        },
      );
      if (!verdict.allowed) return { refused: verdict };

      const extra = plan.apply?.(tx, doc, now) ?? {};
      const next = {
        workingState: verdict.next.working,
        reviewStep: verdict.next.step,
        publicationState: verdict.next.publication,
      };
      const updated = tx
        .update(schema.documents)
        .set({ ...next, ...extra })
        .where(eq(schema.documents.id, documentId))
        .returning()
        .get();
      const from = stateLabel(doc);
      const to = stateLabel(updated);
      tx.insert(schema.transitions)
        .values({
          documentId,
          revisionId: updated.currentRevisionId,
          action,
          fromState: from,
          toState: to,
          actorId: userId,
          comment: plan.comment?.trim() ?? '',
          createdAt: now,
        })
        .run();
      recordAudit(
        actor,
        {
          action: `document.${action}`,
          subjectType: 'document',
          subjectId: documentId,
          detail: { from, to, revisionId: updated.currentRevisionId, publication: updated.publicationState },
          at: now,
        },
        tx,
      );
      return { updated };
    },
    { behavior: 'immediate' },
  );
  if ('refused' in outcome && outcome.refused && !outcome.refused.allowed) {
    const key = REFUSAL_MESSAGES[outcome.refused.refusal];
    throw refusal(actor, `documents.${action}`, { type: 'document', id: documentId }, key, {
      role: outcome.refused.requiredRole ?? '',
    });
  }
  return (outcome as { updated: DocumentRow }).updated;
}

function fourEyesFacts(tx: Tx, doc: DocumentRow, userId: number) {
  const authored = tx
    .select({ id: schema.revisions.id })
    .from(schema.revisions)
    .where(
      and(
        eq(schema.revisions.documentId, doc.id),
        eq(schema.revisions.authorId, userId),
        or(
          gte(schema.revisions.number, doc.editsSinceRevision),
          eq(schema.revisions.id, doc.currentRevisionId ?? -1),
        ),
      ),
    )
    .get();
  const approvedEarlier = tx
    .select({ id: schema.approvals.id })
    .from(schema.approvals)
    .where(
      and(
        eq(schema.approvals.documentId, doc.id),
        eq(schema.approvals.reviewCycle, doc.reviewCycle),
        eq(schema.approvals.userId, userId),
        lt(schema.approvals.step, doc.reviewStep ?? 0),
      ),
    )
    .get();
  return { authoredInCycle: Boolean(authored), approvedEarlierStep: Boolean(approvedEarlier) };
}

export type SaveInput = {
  documentId: number;
  /** The revision the editor started from; null for a document's first revision. */
  baseRevisionId: number | null;
  headline: string;
  body: string;
  source?: Extract<RevisionSource, 'save' | 'regenerate' | 'restore'>;
};

/**
 * Saves a new immutable revision. Refused when someone else saved since the editor loaded the document,
 * so nobody's text is silently overwritten. Any save voids the cycle's approvals (back to draft).
 */
export function saveRevision(actor: Actor, input: SaveInput, when?: When): { revisionId: number } {
  const updated = transition(
    actor,
    input.documentId,
    input.source === 'restore' ? 'restore' : 'save',
    {
      precheck: (_tx, doc) => {
        if (doc.currentRevisionId !== input.baseRevisionId) throw conflict('documents.staleSave');
      },
      apply: (tx, doc, now) => {
        const last = tx
          .select({ n: max(schema.revisions.number) })
          .from(schema.revisions)
          .where(eq(schema.revisions.documentId, doc.id))
          .get();
        const revision = tx
          .insert(schema.revisions)
          .values({
            documentId: doc.id,
            number: (last?.n ?? 0) + 1,
            headline: input.headline.trim(),
            body: input.body.replace(/\r\n/g, '\n').trim(),
            source: input.source ?? 'save',
            authorId: actorUserId(actor),
            createdAt: now,
          })
          .returning({ id: schema.revisions.id })
          .get();
        return { currentRevisionId: revision.id };
      },
    },
    when,
  );
  return { revisionId: updated.currentRevisionId! };
}

/** Drafts the press release from the meeting's records and saves it as a 'regenerate' revision. */
export function draftReleaseFromRecords(
  actor: Actor,
  documentId: number,
  baseRevisionId: number | null,
  when?: When,
) {
  const doc = getDocument(actor, documentId);
  if (doc.kind !== 'press_release') throw invalid('documents.notARelease');
  const draft = draftRelease(meetingRecords(getMeeting(actor, doc.meetingId)));
  return saveRevision(
    actor,
    {
      documentId,
      baseRevisionId,
      headline: draft.headline,
      body: draftToMarkdown(draft),
      source: 'regenerate',
    },
    when,
  );
}

/** The mismatches between a press release's current text and its meeting's records. */
export function releaseMismatches(actor: Actor, documentId: number): Mismatch[] {
  const doc = getDocument(actor, documentId);
  if (doc.kind !== 'press_release' || !doc.current) return [];
  const records = meetingRecords(getMeeting(actor, doc.meetingId));
  return checkReleaseAgainstRecords(`${doc.current.headline}\n\n${doc.current.body}`, records);
}

export function submitForReview(actor: Actor, documentId: number, when?: When) {
  const doc = getDocument(actor, documentId);
  if (!doc.current) throw invalid('documents.nothingToSubmit');
  if (releaseMismatches(actor, documentId).length > 0) throw invalid('documents.inconsistentWithRecords');
  transition(
    actor,
    documentId,
    'submit',
    { apply: (_tx, row) => ({ reviewCycle: row.reviewCycle + 1 }) },
    when,
  );
}

/** Signs the current step for the current revision; `revisionId` is what the reviewer was shown. */
export function approveStep(actor: Actor, documentId: number, revisionId: number, comment = '', when?: When) {
  transition(
    actor,
    documentId,
    'approve',
    {
      comment,
      precheck: (_tx, doc) => {
        if (doc.currentRevisionId !== revisionId) throw conflict('documents.revisionChanged');
      },
      apply: (tx, doc, now) => {
        const chain = reviewChain(tx, doc.kind);
        tx.insert(schema.approvals)
          .values({
            documentId: doc.id,
            revisionId,
            reviewCycle: doc.reviewCycle,
            step: doc.reviewStep!,
            role: chain[doc.reviewStep! - 1]!,
            userId: actorUserId(actor)!,
            createdAt: now,
          })
          .run();
      },
    },
    when,
  );
}

export function requestChanges(actor: Actor, documentId: number, comment: string, when?: When) {
  transition(actor, documentId, 'request_changes', { comment }, when);
}

/** Puts the approved revision live. The first-published time is set once and never changes. */
export function publishDocument(actor: Actor, documentId: number, comment = '', when?: When) {
  transition(
    actor,
    documentId,
    'publish',
    {
      comment,
      apply: (tx, doc, now) => {
        const revision = loadRevision(tx, doc.currentRevisionId);
        if (!revision) throw invalid('documents.nothingToSubmit');
        return {
          publishedRevisionId: revision.id,
          firstPublishedAt: doc.firstPublishedAt ?? now,
          lastPublishedAt: now,
          slug: slugify(revision.headline),
          editsSinceRevision: revision.number + 1,
          scheduledFor: null,
          scheduledBy: null,
        };
      },
    },
    when,
  );
}

export type QueueEntry = {
  documentId: number;
  meetingId: number;
  kind: DocumentKind;
  headline: string | null;
  workingState: WorkingState;
  reviewStep: number | null;
  sessionNumber: number;
  meetingName: string;
  heldOn: string;
};

/** Documents waiting for this actor: review steps their roles sign, and (for leaders) approved ones to publish. */
export function listReviewQueue(actor: Actor): QueueEntry[] {
  if (actor.kind !== 'user') return [];
  const db = getDb();
  const rows = db
    .select({
      documentId: schema.documents.id,
      meetingId: schema.documents.meetingId,
      kind: schema.documents.kind,
      headline: schema.revisions.headline,
      workingState: schema.documents.workingState,
      reviewStep: schema.documents.reviewStep,
      sessionNumber: schema.meetings.sessionNumber,
      meetingName: schema.bodies.meetingName,
      heldOn: schema.meetings.heldOn,
    })
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .leftJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
    .where(or(eq(schema.documents.workingState, 'in_review'), eq(schema.documents.workingState, 'approved')))
    .orderBy(asc(schema.documents.id))
    .all();
  const chains = new Map<DocumentKind, Role[]>();
  const chainOf = (kind: DocumentKind) =>
    chains.get(kind) ?? chains.set(kind, reviewChain(db, kind)).get(kind)!;
  return rows.filter((r) => {
    if (r.workingState === 'approved') return actor.roles.includes('leader');
    const role = chainOf(r.kind)[(r.reviewStep ?? 0) - 1];
    return role !== undefined && actor.roles.includes(role);
  });
}
