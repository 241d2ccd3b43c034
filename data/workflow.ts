import 'server-only';
import { and, eq, gte, lt, max, or } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { recordPurge } from './cache-purges';
import { cacheTagsAfter } from './revalidate-after';
import { recordPublication } from '@/db/publications';
import { missingIn, type MissingField } from '@/domain/meeting-languages';
import { checkReleaseAgainstRecords, isWarning, type Mismatch } from '@/domain/release-consistency';
import {
  draftRelease,
  draftToMarkdown,
  type MeetingRecords,
  type ReleaseDraft,
} from '@/domain/release-draft';
import { draftChineseRelease } from '@/domain/release-draft-zh';
import { isIssuedKind, type ContentLanguage, type RevisionSource, type Role } from '@/domain/vocabulary';
import { workflowRoles } from '@/domain/permissions';
import { decide, type Refusal, type WorkflowAction } from '@/domain/workflow';
import type { MessageKey } from '@/messages';
import { actorUserId, type Actor } from './actor';
import { recordAudit, refusal } from './audit';
import { assertConfidentialityReviewed, documentStatementStep } from './confidentiality';
import { nowOf, type When } from './clock';
import { documentChange, type DocumentChange } from './document-change';
import {
  getDocument,
  loadDocumentRow,
  loadRevision,
  readableDocumentRow,
  reviewChain,
  type DocumentDetail,
} from './documents';
import { carryAttachments, type AttachmentChange } from './attachment-rows';
import { conflict, invalid } from './errors';
import { getMeeting, meetingRecords, type MeetingDetail } from './meetings';
import { minutesDraftFor, minutesFindings } from './minutes-drafting';
import { assignMinutesNumber } from './minutes-issue';
import { notifyTransition } from './notifications';
import { assertNoPersonalData } from './personal-data-scan';
import { publishedSlug } from './release-slug';
import { assertMayGoWithoutInterpretation, policyWaiting } from './interpretation-order';
import { onIssuedPublication } from './issued-publication';

export type DocumentRow = typeof schema.documents.$inferSelect;

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
  not_empty: 'workflow.refused.notEmpty',
  meeting_cancelled: 'meetings.cancelled',
  original_unpublished: 'workflow.refused.originalUnpublished',
  policy_unpublished: 'issued.refused.policyUnpublished',
  recall_first: 'workflow.refused.recallFirst',
};

const stateLabel = (doc: Pick<DocumentRow, 'workingState' | 'reviewStep'>) =>
  doc.workingState === 'in_review' ? `in_review:${doc.reviewStep}` : doc.workingState;

type TransitionPlan = {
  comment?: string;
  /** Runs before the table is asked; may throw a GazetteError (a stale save, a changed revision). */
  precheck?: (tx: Tx, doc: DocumentRow) => void;
  /**
   * The action's own writes, once the table allows it; returns extra document columns to set. Given the
   * review chain the table was asked with, so that one transition reads it once.
   */
  apply?: (tx: Tx, doc: DocumentRow, now: Date, chain: readonly Role[]) => Partial<DocumentRow> | void;
  /** A schedule's time: a translation's original must be live by then. */
  scheduleAt?: Date;
  /** More for the transition's audit event, asked after `apply` (an approval's override of the check). */
  auditDetail?: () => Record<string, unknown> | undefined;
};

/**
 * The one path by which a document changes state: ask the transition table, then write the new state,
 * the transition, its audit event and the notifications in one BEGIN IMMEDIATE transaction, and return
 * what changed. A refusal is audited (outside the rolled-back transaction) and thrown.
 */
function transition(
  actor: Actor,
  documentId: number,
  action: WorkflowAction,
  plan: TransitionPlan,
  when?: When,
): DocumentChange {
  const now = nowOf(when);
  const outcome = getDb().transaction(
    (tx) => {
      const doc = loadDocumentRow(tx, documentId);
      plan.precheck?.(tx, doc);
      const userId = actorUserId(actor);
      const chain = reviewChain(tx, doc);
      const order =
        action === 'publish' || action === 'schedule' ? translationOrder(tx, doc, plan.scheduleAt) : null;
      const verdict = decide(
        action,
        { working: doc.workingState, step: doc.reviewStep, publication: doc.publicationState },
        {
          roles: workflowRoles(actor),
          chain,
          hasComment: Boolean(plan.comment?.trim()),
          ...(action === 'approve' && userId !== null ? fourEyesFacts(tx, doc, userId) : {}),
          ...(action === 'import' ? { documentIsEmpty: !hasAnyRevision(tx, doc.id) } : {}),
          ...(action === 'save' || action === 'restore'
            ? { meetingStatus: meetingStatus(tx, doc.meetingId) }
            : {}),
          originalUnpublished: order?.waiting ?? false,
          policyUnpublished:
            action === 'publish' || action === 'schedule' ? policyWaiting(tx, doc, plan.scheduleAt) : false,
        },
      );
      if (!verdict.allowed) return { verdict, originalLanguage: order?.originalLanguage };

      const extra = plan.apply?.(tx, doc, now, chain) ?? {};
      const updated = tx
        .update(schema.documents)
        .set({
          workingState: verdict.next.working,
          reviewStep: verdict.next.step,
          publicationState: verdict.next.publication,
          ...extra,
        })
        .where(eq(schema.documents.id, documentId))
        .returning()
        .get();
      const from = stateLabel(doc);
      const to = stateLabel(updated);
      const comment = plan.comment?.trim() ?? '';
      tx.insert(schema.transitions)
        .values({
          documentId,
          revisionId: updated.currentRevisionId,
          action,
          fromState: from,
          toState: to,
          actorId: userId,
          comment,
          createdAt: now,
        })
        .run();
      recordAudit(
        actor,
        {
          action: `document.${action}`,
          subjectType: 'document',
          subjectId: documentId,
          detail: {
            from,
            to,
            revisionId: updated.currentRevisionId,
            publication: updated.publicationState,
            comment,
            ...plan.auditDetail?.(),
          },
          at: now,
        },
        tx,
      );
      notifyTransition(tx, { action, before: doc, after: updated, chain, actorId: userId, comment, now });
      const change = documentChange(action, doc, updated);
      recordPurge(tx, cacheTagsAfter(tx, change), `document.${action}`);
      return { change };
    },
    { behavior: 'immediate' },
  );
  if ('verdict' in outcome && outcome.verdict && !outcome.verdict.allowed) {
    throw refusal(
      actor,
      `documents.${action}`,
      { type: 'document', id: documentId },
      REFUSAL_MESSAGES[outcome.verdict.refusal],
      {
        role: outcome.verdict.requiredRole ?? '',
        language: outcome.originalLanguage ?? '',
      },
    );
  }
  return (outcome as { change: DocumentChange }).change;
}

/**
 * Whether a translation must wait for its original: publishing it needs the original published; scheduling
 * it, the original published or scheduled no later (the scheduler publishes due documents oldest schedule
 * first, an original before its translation at the same time). The site may let translations go first.
 */
function translationOrder(
  tx: Tx,
  doc: DocumentRow,
  scheduledAt: Date | undefined,
): { waiting: boolean; originalLanguage: ContentLanguage } | null {
  if (doc.translationOfId === null) return null;
  const original = loadDocumentRow(tx, doc.translationOfId);
  const translationFirst = tx
    .select({ on: schema.siteSettings.translationFirst })
    .from(schema.siteSettings)
    .get()?.on;
  const live =
    original.publicationState === 'published' ||
    (scheduledAt !== undefined &&
      original.workingState === 'scheduled' &&
      original.scheduledFor !== null &&
      original.scheduledFor <= scheduledAt);
  return { waiting: !live && !translationFirst, originalLanguage: original.language };
}

function meetingStatus(tx: Tx, meetingId: number) {
  return tx
    .select({ status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get()?.status;
}

function hasAnyRevision(tx: Tx, documentId: number): boolean {
  return Boolean(
    tx
      .select({ id: schema.revisions.id })
      .from(schema.revisions)
      .where(eq(schema.revisions.documentId, documentId))
      .limit(1)
      .get(),
  );
}

/** The four-eyes facts for an approver: did they write in this cycle, or sign an earlier step of it? */
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
  /**
   * A translation's save: the original's revision its editor showed beside it. Left out, the revision
   * keeps the one its predecessor was translated from.
   */
  translatedFromRevisionId?: number | null;
  /** What the new revision changes in the files its predecessor carried (else it carries them all). */
  attachments?: AttachmentChange;
  /** Recorded with the transition (what an attachment change did). */
  comment?: string;
  /** More rows that belong to the new revision, written in its transaction (an issued document's catalogue). */
  alsoWrite?: (tx: Tx, revisionId: number) => void;
};

/** A save's change, with the new revision and its number. */
export type SavedRevision = DocumentChange & { revisionId: number; number: number };

/**
 * Saves a new immutable revision. Refused when someone saved since the editor loaded the document, so
 * nobody's text is silently overwritten. Any save voids the cycle's approvals (back to draft), and clears
 * the author's autosaved scratch copy.
 */
export function saveRevision(actor: Actor, input: SaveInput, when?: When): SavedRevision {
  let number = 0;
  const change = transition(
    actor,
    input.documentId,
    input.source === 'restore' ? 'restore' : 'save',
    {
      comment: input.comment,
      precheck: (_tx, doc) => {
        if (doc.currentRevisionId !== input.baseRevisionId) throw conflict('documents.staleSave');
      },
      apply: (tx, doc, now) => {
        const last = tx
          .select({ n: max(schema.revisions.number) })
          .from(schema.revisions)
          .where(eq(schema.revisions.documentId, doc.id))
          .get();
        number = (last?.n ?? 0) + 1;
        const translatedFromRevisionId = translatedFrom(tx, doc, input.translatedFromRevisionId);
        const revision = tx
          .insert(schema.revisions)
          .values({
            documentId: doc.id,
            number,
            headline: input.headline.trim(),
            body: input.body.replace(/\r\n/g, '\n').trim(),
            source: input.source ?? 'save',
            translatedFromRevisionId,
            authorId: actorUserId(actor),
            createdAt: now,
          })
          .returning({ id: schema.revisions.id })
          .get();
        carryAttachments(tx, doc, revision.id, input.attachments);
        input.alsoWrite?.(tx, revision.id);
        const userId = actorUserId(actor);
        if (userId !== null) {
          tx.delete(schema.documentDrafts)
            .where(
              and(eq(schema.documentDrafts.documentId, doc.id), eq(schema.documentDrafts.userId, userId)),
            )
            .run();
        }
        return { currentRevisionId: revision.id };
      },
    },
    when,
  );
  return { ...change, revisionId: change.revisionId!, number };
}

/**
 * The original's revision a translation's new revision is translated from: the one named (which must be a
 * revision of this document's original), else the current revision's. Null for a document that is not a
 * translation.
 */
function translatedFrom(tx: Tx, doc: DocumentRow, named: number | null | undefined): number | null {
  if (doc.translationOfId === null) return null;
  if (named === undefined || named === null) {
    if (doc.currentRevisionId === null) return null;
    return (
      tx
        .select({ from: schema.revisions.translatedFromRevisionId })
        .from(schema.revisions)
        .where(eq(schema.revisions.id, doc.currentRevisionId))
        .get()?.from ?? null
    );
  }
  const ofOriginal = tx
    .select({ id: schema.revisions.id })
    .from(schema.revisions)
    .where(and(eq(schema.revisions.id, named), eq(schema.revisions.documentId, doc.translationOfId)))
    .get();
  if (!ofOriginal) throw invalid('documents.revisionNotFound');
  return named;
}

/** Restores an old revision's content as a new draft revision; history is never rewritten. */
export function restoreRevision(
  actor: Actor,
  documentId: number,
  revisionId: number,
  baseRevisionId: number | null,
  when?: When,
): SavedRevision {
  const old = loadRevision(getDb(), revisionId);
  if (
    !old ||
    getDb()
      .select({ d: schema.revisions.documentId })
      .from(schema.revisions)
      .where(eq(schema.revisions.id, revisionId))
      .get()?.d !== documentId
  ) {
    throw invalid('documents.revisionNotFound');
  }
  return saveRevision(
    actor,
    { documentId, baseRevisionId, headline: old.headline, body: old.body, source: 'restore' },
    when,
  );
}

const DRAFTERS: Record<ContentLanguage, (records: MeetingRecords) => ReleaseDraft> = {
  en: draftRelease,
  zh: draftChineseRelease,
};

/**
 * The text "Draft from records" writes in the document's language — the press release, or the minutes —
 * or, for a release, what the records lack in that language (field by field) when it cannot be written yet.
 */
function draftInLanguage(
  actor: Actor,
  doc: Pick<DocumentRow, 'kind' | 'meetingId' | 'language'>,
): { text: DraftedText; missing: [] } | { text: null; missing: MissingField[] } {
  if (doc.kind !== 'press_release' && doc.kind !== 'minutes') throw invalid('documents.notARelease');
  const meeting = getMeeting(actor, doc.meetingId);
  if (doc.kind === 'minutes') return { text: minutesDraftFor(meeting, doc.language), missing: [] };
  const missing = missingIn(meeting, doc.language);
  if (missing.length > 0) return { text: null, missing };
  const draft = DRAFTERS[doc.language](meetingRecords(meeting, doc.language));
  return { text: { headline: draft.headline, body: draftToMarkdown(draft) }, missing: [] };
}

type DraftedText = { headline: string; body: string };

/** What a release's language lacks in its meeting's records, field by field (nothing to draft without). */
export function missingForRelease(actor: Actor, documentId: number): MissingField[] {
  return draftInLanguage(actor, readableDocumentRow(actor, documentId)).missing;
}

/** Drafts the press release or the minutes from the meeting's records, saved as a 'regenerate' revision. */
export function draftReleaseFromRecords(
  actor: Actor,
  documentId: number,
  baseRevisionId: number | null,
  when?: When,
): SavedRevision {
  const doc = readableDocumentRow(actor, documentId);
  const { text, missing } = draftInLanguage(actor, doc);
  if (!text) throw invalid('documents.recordsMissingInLanguage', { count: missing.length });
  return saveRevision(
    actor,
    {
      documentId,
      baseRevisionId,
      ...text,
      source: 'regenerate',
      // A translation drafted from the records says what its original says as it stands now.
      ...(doc.translationOfId === null
        ? {}
        : { translatedFromRevisionId: loadDocumentRow(getDb(), doc.translationOfId).currentRevisionId }),
    },
    when,
  );
}

/** The text "Draft from records" would write now, for showing the difference before replacing anything. */
export function previewDraftFromRecords(actor: Actor, documentId: number): DraftedText {
  const { text, missing } = draftInLanguage(actor, readableDocumentRow(actor, documentId));
  if (!text) throw invalid('documents.recordsMissingInLanguage', { count: missing.length });
  return text;
}

/** The mismatches between a press release's (or the minutes') current text and its meeting's records. */
export function releaseMismatches(actor: Actor, documentId: number): Mismatch[] {
  return mismatchesOf(actor, getDocument(actor, documentId));
}

function mismatchesOf(
  actor: Actor,
  doc: Pick<DocumentDetail, 'kind' | 'meetingId' | 'current' | 'language'>,
): Mismatch[] {
  if (!doc.current) return [];
  return findingsAgainst(getMeeting(actor, doc.meetingId), doc);
}

/**
 * The consistency check of a document's current text against its meeting's records, the meeting already
 * read by the caller (a page that holds it need not read it again); nothing for the agenda, or a document
 * with no text.
 */
export function findingsAgainst(
  meeting: MeetingDetail,
  doc: Pick<DocumentDetail, 'kind' | 'current' | 'language'>,
): Mismatch[] {
  if (!doc.current) return [];
  if (doc.kind === 'minutes') return minutesFindings(meeting, doc.current, doc.language);
  // The agenda and issued documents are not drafted from the records: nothing to check them against.
  if (doc.kind !== 'press_release') return [];
  const records = meetingRecords(meeting, doc.language);
  return checkReleaseAgainstRecords(`${doc.current.headline}\n\n${doc.current.body}`, records, doc.language);
}

/**
 * Sends the document's current revision into review. Given `expectedRevisionId` (the revision the editor
 * showed, or the one its "save and submit" just made), it refuses when another revision has become current
 * meanwhile, so nobody submits a text they have not seen.
 */
export function submitForReview(
  actor: Actor,
  documentId: number,
  when?: When,
  { expectedRevisionId }: { expectedRevisionId?: number } = {},
): DocumentChange {
  const doc = readableDocumentRow(actor, documentId);
  const current = loadRevision(getDb(), doc.currentRevisionId);
  if (!current) throw invalid('documents.nothingToSubmit');
  const notExpected = (revisionId: number | null) =>
    expectedRevisionId !== undefined && revisionId !== expectedRevisionId;
  if (notExpected(current.id)) throw conflict('documents.submitRevisionChanged');
  // Differences from the records block a submission; warnings (a likely typo) are for the reviewers.
  if (mismatchesOf(actor, { ...doc, current }).some((m) => !isWarning(m)))
    throw invalid('documents.inconsistentWithRecords');
  return transition(
    actor,
    documentId,
    'submit',
    {
      // Checked again inside the write transaction: a save may have come between the check above and it.
      precheck: (_tx, row) => {
        if (notExpected(row.currentRevisionId)) throw conflict('documents.submitRevisionChanged');
      },
      apply: (_tx, row) => ({ reviewCycle: row.reviewCycle + 1 }),
    },
    when,
  );
}

/**
 * Takes a document back from review, or from its final approval, so that its text can change: back to
 * draft, the cycle's approvals void. The reviewers whose queue it leaves are told.
 */
export function recallDocument(actor: Actor, documentId: number, when?: When): DocumentChange {
  return transition(actor, documentId, 'recall', {}, when);
}

/**
 * Signs the current step for the revision the reviewer was shown; refused if it changed meanwhile. The
 * consistency check runs again (the records may have changed since the submission): a text it finds fault
 * with, or warns about, is signed only with the approver's reason for overriding it, which is kept with
 * the approval and in the audit trail.
 */
export function approveStep(
  actor: Actor,
  documentId: number,
  revisionId: number,
  comment = '',
  when?: When,
  {
    overrideReason = '',
    confidentiality = false,
  }: {
    overrideReason?: string;
    /** The signer confirms the confidentiality statement: required on the step that carries it. */
    confidentiality?: boolean;
  } = {},
): DocumentChange {
  const override = overrideReason.trim();
  let findings: Mismatch[] = [];
  let carries = false;
  return transition(
    actor,
    documentId,
    'approve',
    {
      comment,
      auditDetail: () => ({
        ...(findings.length > 0 ? { overrideReason: override, findings } : {}),
        ...(carries ? { confidentialityConfirmed: true } : {}),
      }),
      precheck: (_tx, doc) => {
        if (doc.currentRevisionId !== revisionId) throw conflict('documents.revisionChanged');
      },
      // Once the table lets this person sign this step (so they may read what the check reads).
      apply: (tx, doc, now, chain) => {
        findings = mismatchesOf(actor, { ...doc, current: loadRevision(tx, doc.currentRevisionId) });
        if (findings.length > 0 && !override)
          throw invalid('review.overrideRequired', { count: findings.length });
        carries = documentStatementStep(tx, doc.kind, chain) === doc.reviewStep;
        if (carries && !confidentiality) throw invalid('confidentiality.confirmRequired');
        tx.insert(schema.approvals)
          .values({
            documentId: doc.id,
            revisionId,
            reviewCycle: doc.reviewCycle,
            step: doc.reviewStep!,
            role: chain[doc.reviewStep! - 1]!,
            userId: actorUserId(actor)!,
            overrideReason: findings.length > 0 ? override : '',
            confidentialityConfirmed: carries,
            createdAt: now,
          })
          .run();
      },
    },
    when,
  );
}

export function requestChanges(
  actor: Actor,
  documentId: number,
  comment: string,
  when?: When,
): DocumentChange {
  return transition(actor, documentId, 'request_changes', { comment }, when);
}

/**
 * Puts the approved revision live: only one whose every review step this cycle was signed for exactly
 * this revision. The first-published time is set once and never changes. A press release's meeting
 * records are snapshotted with it: what the public sees of them changes only with a publication.
 */
export function publishDocument(
  actor: Actor,
  documentId: number,
  options: {
    comment?: string;
    correctionNote?: string;
    onlyIfDue?: boolean;
    /** A policy document published in one step with its interpretation (which follows it). */
    withInterpretation?: boolean;
  } = {},
  when?: When,
): DocumentChange {
  return transition(
    actor,
    documentId,
    'publish',
    {
      comment: options.comment,
      // The scheduler's due list was read before this transaction: check again that it is still due.
      precheck: (_tx, doc) => {
        const due =
          doc.workingState === 'scheduled' && doc.scheduledFor !== null && doc.scheduledFor <= nowOf(when);
        if (options.onlyIfDue && !due) throw conflict('workflow.refused.notScheduled');
      },
      apply: (tx, doc, now, chain) => {
        const revision = loadRevision(tx, doc.currentRevisionId);
        if (!revision) throw invalid('documents.nothingToSubmit');
        assertFullyApproved(tx, doc, chain);
        assertConfidentialityReviewed(tx, doc.kind, doc.id, revision.id);
        assertNoPersonalData(tx, doc, revision.id);
        recordPublication(tx, doc.id, revision.id, 'publish');
        // Minutes are issued under a number, given the first time and kept.
        if (doc.kind === 'minutes') assignMinutesNumber(tx, doc.id, doc.meetingId, now);
        // Issued documents get their index number, and change the validity of what they amend or repeal.
        if (isIssuedKind(doc.kind)) {
          if (doc.kind === 'policy_document' && !options.withInterpretation) {
            assertMayGoWithoutInterpretation(tx, doc);
          }
          onIssuedPublication(tx, doc, revision.id, now);
        }
        return {
          publishedRevisionId: revision.id,
          firstPublishedAt: doc.firstPublishedAt ?? now,
          lastPublishedAt: now,
          slug: publishedSlug(tx, doc.id, revision.headline),
          editsSinceRevision: revision.number + 1,
          correctionNote: doc.firstPublishedAt ? (options.correctionNote?.trim() ?? '') : '',
          scheduledFor: null,
          scheduledBy: null,
          withdrawnAt: null,
        };
      },
    },
    when,
  );
}

/** Defence in depth beneath the transition table: every step of this cycle signed for this revision. */
function assertFullyApproved(tx: Tx, doc: DocumentRow, chain: readonly Role[]) {
  const signed = tx
    .select({ step: schema.approvals.step })
    .from(schema.approvals)
    .where(
      and(
        eq(schema.approvals.documentId, doc.id),
        eq(schema.approvals.reviewCycle, doc.reviewCycle),
        eq(schema.approvals.revisionId, doc.currentRevisionId ?? -1),
      ),
    )
    .all()
    .map((a) => a.step);
  if (!chain.every((_, i) => signed.includes(i + 1))) throw conflict('workflow.refused.notApproved');
}

export type ImportedRevisionInput = {
  headline: string;
  body: string;
  /** When the release was first published, before Gazette held it: kept as its first-published time. */
  publishedAt: Date;
  /** Names where it came from (the file); recorded on the transition and its audit event. */
  comment: string;
};

/** A release's text as an import stores it, for recognising the same text when it is imported again. */
export function importedText(text: { headline: string; body: string }) {
  return { headline: text.headline.trim(), body: text.body.replace(/\r\n/g, '\n').trim() };
}

/**
 * Records a press release approved and published before Gazette existed: its text becomes the document's
 * first revision, published as it was, with its original publication time. The transition table allows
 * this to an administrator only, and only into a document with no revision yet; the review chain is not
 * walked, which is why it is its own audited transition ('import') and not a publish.
 */
export function importPublishedRevision(
  actor: Actor,
  documentId: number,
  input: ImportedRevisionInput,
  when?: When,
): DocumentChange {
  if (Number.isNaN(input.publishedAt.getTime())) throw invalid('validation.dateTime');
  return transition(
    actor,
    documentId,
    'import',
    {
      comment: input.comment,
      precheck: (_tx, doc) => {
        if (doc.kind !== 'press_release') throw invalid('import.notARelease');
      },
      apply: (tx, doc, now) => {
        const { headline, body } = importedText(input);
        const revision = tx
          .insert(schema.revisions)
          .values({
            documentId: doc.id,
            number: 1,
            headline,
            body,
            source: 'import',
            authorId: actorUserId(actor),
            createdAt: now,
          })
          .returning({ id: schema.revisions.id })
          .get();
        recordPublication(tx, doc.id, revision.id, 'import');
        return {
          currentRevisionId: revision.id,
          publishedRevisionId: revision.id,
          firstPublishedAt: input.publishedAt,
          lastPublishedAt: input.publishedAt,
          slug: publishedSlug(tx, doc.id, headline),
          editsSinceRevision: 2,
          correctionNote: '',
        };
      },
    },
    when,
  );
}

/** Gives an approved revision a publication time; the scheduler publishes it then, as this leader. */
export function scheduleDocument(actor: Actor, documentId: number, at: Date, when?: When): DocumentChange {
  if (Number.isNaN(at.getTime())) throw invalid('validation.dateTime');
  if (at.getTime() <= nowOf(when).getTime()) throw invalid('workflow.scheduleInPast');
  return transition(
    actor,
    documentId,
    'schedule',
    {
      comment: at.toISOString(),
      scheduleAt: at,
      apply: (tx, doc) => {
        // Refused now rather than at the scheduled time; the scheduler checks again when it publishes.
        if (doc.currentRevisionId !== null)
          assertConfidentialityReviewed(tx, doc.kind, doc.id, doc.currentRevisionId);
        assertNoPersonalData(tx, doc, doc.currentRevisionId);
        return { scheduledFor: at, scheduledBy: actorUserId(actor) };
      },
    },
    when,
  );
}

export function unscheduleDocument(actor: Actor, documentId: number, when?: When): DocumentChange {
  return transition(
    actor,
    documentId,
    'unschedule',
    { apply: () => ({ scheduledFor: null, scheduledBy: null }) },
    when,
  );
}

/**
 * Takes a publication down (a reason is required); every record stays, and the public page answers 410.
 * Withdrawing an original may take its published translation down with it, for the same reason (the page
 * asks in the same confirmation); the translation's change follows the original's in `alsoWithdrawn`.
 */
export function withdrawDocument(
  actor: Actor,
  documentId: number,
  reason: string,
  when?: When,
  options: { withTranslation?: boolean } = {},
): DocumentChange & { alsoWithdrawn?: DocumentChange } {
  const withdraw = (id: number) =>
    transition(
      actor,
      id,
      'withdraw',
      {
        comment: reason,
        apply: (_tx, _doc, now) => ({ withdrawnAt: now, scheduledFor: null, scheduledBy: null }),
      },
      when,
    );
  const change = withdraw(documentId);
  if (!options.withTranslation) return change;
  const translation = publishedTranslationOf(documentId);
  return translation === null ? change : { ...change, alsoWithdrawn: withdraw(translation) };
}

/** The published translation of a document, if it has one. */
export function publishedTranslationOf(documentId: number): number | null {
  return (
    getDb()
      .select({ id: schema.documents.id })
      .from(schema.documents)
      .where(
        and(
          eq(schema.documents.translationOfId, documentId),
          eq(schema.documents.publicationState, 'published'),
        ),
      )
      .get()?.id ?? null
  );
}

/** Documents whose scheduled time has come, oldest first. */
export function dueDocuments(
  now: Date,
): { id: number; scheduledBy: number | null; scheduledFor: Date | null }[] {
  return (
    getDb()
      .select({
        id: schema.documents.id,
        scheduledBy: schema.documents.scheduledBy,
        scheduledFor: schema.documents.scheduledFor,
      })
      .from(schema.documents)
      .where(
        and(
          eq(schema.documents.workingState, 'scheduled'),
          lt(schema.documents.scheduledFor, new Date(now.getTime() + 1)),
        ),
      )
      // Oldest schedule first; at the same time an original (created before its translation) first.
      .orderBy(schema.documents.scheduledFor, schema.documents.id)
      .all()
  );
}
