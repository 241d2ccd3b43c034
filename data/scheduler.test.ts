import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { documentOf, makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { publishDueDocuments } from './scheduler';
import { setUserDisabled, setUserRoles } from './users';
import {
  approveStep,
  previewDraftFromRecords,
  saveRevision,
  scheduleDocument,
  submitForReview,
  unscheduleDocument,
} from './workflow';

// Scheduled publication, driven by an injected clock: never by waiting.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const T0 = new Date('2031-05-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

let cleanup: () => void;
let bodyId: number;
let secretary: Actor & { kind: 'user' };
let reviewer: Actor & { kind: 'user' };
let leader: Actor & { kind: 'user' };
let sessionNumber = 0;

const docRow = (id: number) =>
  getDb().select().from(schema.documents).where(eq(schema.documents.id, id)).get()!;

const transitionsOf = (id: number) =>
  getDb()
    .select()
    .from(schema.transitions)
    .where(eq(schema.transitions.documentId, id))
    .orderBy(schema.transitions.id)
    .all();

/** A fresh meeting's press release, saved, reviewed and approved by the given leader (at T0 - 1 day). */
function approvedRelease(approvingLeader: Actor = leader): { documentId: number; revisionId: number } {
  const documentId = documentOf(
    newMeeting(secretary, bodyId, { sessionNumber: ++sessionNumber, heldOn: '2031-04-30' }),
    'press_release',
  );
  const text = previewDraftFromRecords(secretary, documentId);
  const when = { now: at(-DAY) };
  const { revisionId } = saveRevision(secretary, { documentId, baseRevisionId: null, ...text }, when);
  submitForReview(secretary, documentId, when);
  approveStep(reviewer, documentId, revisionId, '', when, { confidentiality: true });
  approveStep(approvingLeader, documentId, revisionId, '', when, { confidentiality: true });
  expect(docRow(documentId).workingState).toBe('approved');
  return { documentId, revisionId };
}

/** What one tick did to this document (other tests' documents may share the database). */
function tick(now: Date, documentId: number) {
  const result = publishDueDocuments(now);
  return {
    published: result.published.map((c) => c.documentId).filter((id) => id === documentId),
    refused: result.refused.filter((r) => r.documentId === documentId),
  };
}

beforeAll(async () => {
  cleanup = useTempDatabase();
  ({ bodyId, secretary, reviewer, leader } = await makeWorkflowCast());
});
afterAll(() => cleanup());

describe('the scheduler, with an injected clock', () => {
  it('publishes a due item exactly once, even when it runs twice', () => {
    const { documentId, revisionId } = approvedRelease();
    scheduleDocument(leader, documentId, at(HOUR), { now: T0 });
    expect(docRow(documentId)).toMatchObject({
      workingState: 'scheduled',
      scheduledFor: at(HOUR),
      scheduledBy: leader.userId,
    });

    // Not yet due.
    expect(tick(at(HOUR - 1), documentId)).toEqual({ published: [], refused: [] });
    expect(docRow(documentId).publicationState).toBe('none');

    // Due at exactly its time; a second run at the same instant, and a later one, do nothing more.
    expect(tick(at(HOUR), documentId)).toEqual({ published: [documentId], refused: [] });
    expect(tick(at(HOUR), documentId)).toEqual({ published: [], refused: [] });
    expect(tick(at(2 * HOUR), documentId)).toEqual({ published: [], refused: [] });

    const row = docRow(documentId);
    expect(row).toMatchObject({
      workingState: 'published',
      publicationState: 'published',
      publishedRevisionId: revisionId,
      firstPublishedAt: at(HOUR),
      lastPublishedAt: at(HOUR),
      scheduledFor: null,
      scheduledBy: null,
    });
    const publishes = transitionsOf(documentId).filter((t) => t.action === 'publish');
    expect(publishes).toHaveLength(1);
    // Published as the leader who scheduled it, through the same path as "publish now".
    expect(publishes[0]).toMatchObject({
      actorId: leader.userId,
      revisionId,
      comment: 'scheduled publication',
    });
    const audited = getDb()
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, 'document.publish'),
          eq(schema.auditEvents.subjectId, String(documentId)),
        ),
      )
      .all();
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorId).toBe(leader.userId);
  });

  it('publishes at the next tick an item that fell due while the server was down', () => {
    const { documentId, revisionId } = approvedRelease();
    scheduleDocument(leader, documentId, at(HOUR), { now: T0 });
    // The server was down for a month; the first tick at start-up catches up.
    const restart = at(30 * DAY);
    expect(tick(restart, documentId)).toEqual({ published: [documentId], refused: [] });
    expect(docRow(documentId)).toMatchObject({
      publicationState: 'published',
      publishedRevisionId: revisionId,
      firstPublishedAt: restart,
    });
    expect(tick(at(31 * DAY), documentId)).toEqual({ published: [], refused: [] });
    expect(transitionsOf(documentId).filter((t) => t.action === 'publish')).toHaveLength(1);
  });

  it('never publishes an unscheduled item', () => {
    const { documentId } = approvedRelease();
    scheduleDocument(leader, documentId, at(HOUR), { now: T0 });
    unscheduleDocument(leader, documentId, { now: at(30 * MINUTE) });
    expect(docRow(documentId)).toMatchObject({
      workingState: 'approved',
      scheduledFor: null,
      scheduledBy: null,
    });
    for (const t of [HOUR, 2 * HOUR, 365 * DAY]) {
      expect(tick(at(t), documentId)).toEqual({ published: [], refused: [] });
    }
    expect(docRow(documentId)).toMatchObject({ workingState: 'approved', publicationState: 'none' });
    expect(transitionsOf(documentId).map((t) => t.action)).toEqual([
      'save',
      'submit',
      'approve',
      'approve',
      'schedule',
      'unschedule',
    ]);
  });

  it.each([
    ['has since been disabled', (id: number) => setUserDisabled(systemActor('seed'), id, true)],
    ['has since lost the leader role', (id: number) => setUserRoles(systemActor('seed'), id, ['reviewer'])],
  ])('does not publish for a leader who %s, and audits the refusal', async (label, demote) => {
    const scheduler = await makeUser(`scheduler-${label.split(' ').at(-1)}`, ['leader']);
    const { documentId } = approvedRelease();
    scheduleDocument(scheduler, documentId, at(HOUR), { now: T0 });
    demote(scheduler.userId);

    const refusalsBefore = refusalsFor(documentId).length;
    expect(tick(at(2 * HOUR), documentId)).toEqual({
      published: [],
      refused: [{ documentId, reason: 'workflow.refused.roleRequired' }],
    });
    expect(docRow(documentId)).toMatchObject({
      workingState: 'scheduled',
      publicationState: 'none',
      publishedRevisionId: null,
      firstPublishedAt: null,
    });
    const refusals = refusalsFor(documentId);
    expect(refusals).toHaveLength(refusalsBefore + 1);
    expect(refusals.at(-1)).toMatchObject({
      actorId: scheduler.userId,
      actorKind: 'user',
      subjectType: 'document',
    });
    expect(JSON.parse(refusals.at(-1)!.detail)).toEqual({
      attempted: 'documents.publish',
      reason: 'workflow.refused.roleRequired',
    });
    expect(transitionsOf(documentId).filter((t) => t.action === 'publish')).toHaveLength(0);

    // Stuck until a leader acts, but tried (and audited) once, not on every tick.
    expect(tick(at(2 * HOUR + 30_000), documentId)).toEqual({ published: [], refused: [] });
    expect(refusalsFor(documentId)).toHaveLength(refusalsBefore + 1);

    // Another leader can still take it off the schedule; it then stays unpublished.
    unscheduleDocument(leader, documentId, { now: at(3 * HOUR) });
    expect(tick(at(4 * HOUR), documentId)).toEqual({ published: [], refused: [] });
    expect(docRow(documentId).publicationState).toBe('none');
  });

  it('refuses scheduling in the past (or now), and changes nothing', () => {
    const { documentId } = approvedRelease();
    const before = docRow(documentId);
    const transitionsBefore = transitionsOf(documentId).length;
    for (const when of [at(-MINUTE), T0, at(-365 * DAY)]) {
      const error = refusalOf(() => scheduleDocument(leader, documentId, when, { now: T0 }));
      expect(error.key).toBe('workflow.scheduleInPast');
    }
    expect(docRow(documentId)).toEqual(before);
    expect(transitionsOf(documentId)).toHaveLength(transitionsBefore);
    expect(tick(at(DAY), documentId)).toEqual({ published: [], refused: [] });
    // One millisecond ahead is the future.
    scheduleDocument(leader, documentId, at(1), { now: T0 });
    expect(tick(at(1), documentId)).toEqual({ published: [documentId], refused: [] });
  });

  it('refuses scheduling by a non-leader, and an edit of a scheduled revision', () => {
    const { documentId, revisionId } = approvedRelease();
    expect(refusalOf(() => scheduleDocument(reviewer, documentId, at(HOUR), { now: T0 })).key).toBe(
      'workflow.refused.roleRequired',
    );
    scheduleDocument(leader, documentId, at(HOUR), { now: T0 });
    expect(
      refusalOf(() =>
        saveRevision(
          secretary,
          { documentId, baseRevisionId: revisionId, headline: 'Changed', body: 'Changed.' },
          { now: T0 },
        ),
      ).key,
    ).toBe('workflow.refused.unscheduleFirst');
    expect(tick(at(HOUR), documentId)).toEqual({ published: [documentId], refused: [] });
    expect(docRow(documentId).publishedRevisionId).toBe(revisionId);
  });
});

function refusalsFor(documentId: number) {
  return getDb()
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.action, 'permission.refused'),
        eq(schema.auditEvents.subjectId, String(documentId)),
      ),
    )
    .orderBy(schema.auditEvents.id)
    .all();
}
