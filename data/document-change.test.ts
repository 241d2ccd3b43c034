import type BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { documentOf, makeUser, makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import type { DocumentChange } from './document-change';
import { importRelease } from './import';
import { publishDueDocuments } from './scheduler';
import {
  approveStep,
  draftReleaseFromRecords,
  importPublishedRevision,
  publishDocument,
  requestChanges,
  restoreRevision,
  saveRevision,
  scheduleDocument,
  submitForReview,
  unscheduleDocument,
  withdrawDocument,
} from './workflow';

// Every workflow write returns what it changed, so that no caller reads the document again: each change
// must equal what a fresh read of the document shows, and one transition reads the review chain once.

type Cast = Awaited<ReturnType<typeof makeWorkflowCast>>;
let cleanup: () => void;
let cast: Cast;
let admin: Actor & { kind: 'user' };
let sessionNumber = 0;

beforeAll(async () => {
  cleanup = useTempDatabase();
  cast = await makeWorkflowCast();
  admin = await makeUser('change-admin', ['admin']);
});
afterAll(() => cleanup());

const newRelease = () =>
  documentOf(newMeeting(cast.secretary, cast.bodyId, { sessionNumber: ++sessionNumber }), 'press_release');

/** The document as a fresh read shows it, in a change's terms. */
function asRead(documentId: number) {
  const row = getDb().select().from(schema.documents).where(eq(schema.documents.id, documentId)).get()!;
  return {
    documentId: row.id,
    meetingId: row.meetingId,
    kind: row.kind,
    to: { working: row.workingState, step: row.reviewStep, publication: row.publicationState },
    revisionId: row.currentRevisionId,
    publication: {
      state: row.publicationState,
      revisionId: row.publishedRevisionId,
      slug: row.slug,
      firstPublishedAt: row.firstPublishedAt,
    },
  };
}

/** Runs one write and checks its change against the document before and after it. */
function expectChange<C extends DocumentChange>(documentId: number, action: C['action'], write: () => C): C {
  const before = asRead(documentId).to;
  const change = write();
  expect(change).toMatchObject({ ...asRead(documentId), action, from: before });
  return change;
}

describe('what a workflow write returns', () => {
  it('tells each change of a release as a fresh read of the document shows it', () => {
    const { secretary, reviewer, leader } = cast;
    const id = newRelease();
    const first = expectChange(id, 'save', () => draftReleaseFromRecords(secretary, id, null));
    expect(first.to).toEqual({ working: 'draft', step: null, publication: 'none' });
    expect(first.publication).toEqual({
      state: 'none',
      revisionId: null,
      slug: null,
      firstPublishedAt: null,
    });

    expectChange(id, 'submit', () => submitForReview(secretary, id));
    expectChange(id, 'request_changes', () => requestChanges(reviewer, id, 'The date, please.'));
    const second = expectChange(id, 'save', () =>
      saveRevision(secretary, {
        documentId: id,
        baseRevisionId: first.revisionId,
        headline: 'A headline',
        body: 'A body.',
      }),
    );
    expect(second.number).toBe(2);
    const restored = expectChange(id, 'restore', () =>
      restoreRevision(secretary, id, first.revisionId, second.revisionId),
    );
    expect(restored.number).toBe(3);

    const submitted = expectChange(id, 'submit', () => submitForReview(secretary, id));
    expect(submitted.to).toEqual({ working: 'in_review', step: 1, publication: 'none' });
    expectChange(id, 'approve', () =>
      approveStep(reviewer, id, restored.revisionId, '', undefined, { confidentiality: true }),
    );
    expectChange(id, 'approve', () =>
      approveStep(leader, id, restored.revisionId, '', undefined, { confidentiality: true }),
    );
    expectChange(id, 'schedule', () => scheduleDocument(leader, id, new Date(Date.now() + 3_600_000)));
    expectChange(id, 'unschedule', () => unscheduleDocument(leader, id));

    const published = expectChange(id, 'publish', () => publishDocument(leader, id));
    expect(published.publication).toMatchObject({ state: 'published', revisionId: restored.revisionId });
    expect(published.publication.slug).toBeTruthy();
    expect(published.publication.firstPublishedAt).toBeInstanceOf(Date);

    const withdrawn = expectChange(id, 'withdraw', () => withdrawDocument(leader, id, 'Published too soon.'));
    expect(withdrawn.from.publication).toBe('published');
    expect(withdrawn.publication.state).toBe('withdrawn');
  });

  it('returns the scheduler’s publications as changes', () => {
    const { secretary, reviewer, leader } = cast;
    const id = newRelease();
    const { revisionId } = draftReleaseFromRecords(secretary, id, null);
    submitForReview(secretary, id);
    approveStep(reviewer, id, revisionId, '', undefined, { confidentiality: true });
    approveStep(leader, id, revisionId, '', undefined, { confidentiality: true });
    const due = new Date(Date.now() + 60_000);
    scheduleDocument(leader, id, due);
    const before = asRead(id).to;
    const { published } = publishDueDocuments(due);
    expect(published.find((c) => c.documentId === id)).toMatchObject({
      ...asRead(id),
      action: 'publish',
      from: before,
    });
  });

  it('returns an import’s change, and none when the release was imported already', () => {
    const id = newRelease();
    expectChange(id, 'import', () =>
      importPublishedRevision(admin, id, {
        headline: 'An imported headline',
        body: 'An imported body.',
        publishedAt: new Date('2024-01-05T16:00:00.000Z'),
        comment: 'Imported from a test',
      }),
    );

    const text = readFileSync(
      path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt'),
      'utf8',
    );
    const source = { fileName: 'executive-meeting-2024-02-23.txt', text, year: 2024 };
    const created = importRelease(admin, source);
    expect(created.change).toMatchObject({ ...asRead(created.documentId), action: 'import' });
    expect(created.change?.publication.state).toBe('published');
    expect(importRelease(admin, source)).toMatchObject({ status: 'already_imported', change: null });
  });
});

describe('the review chain', () => {
  it('is read once per transition', () => {
    const { secretary, reviewer, leader } = cast;
    const id = newRelease();
    const chainReadsOf = chainReadCounter();
    const { revisionId } = draftReleaseFromRecords(secretary, id, null);
    expect(chainReadsOf(() => submitForReview(secretary, id))).toBe(1);
    expect(
      chainReadsOf(() => approveStep(reviewer, id, revisionId, '', undefined, { confidentiality: true })),
    ).toBe(1);
    expect(
      chainReadsOf(() => approveStep(leader, id, revisionId, '', undefined, { confidentiality: true })),
    ).toBe(1);
    expect(chainReadsOf(() => publishDocument(leader, id))).toBe(1);
  });
});

/** How many statements read review_chain_steps while a function runs. */
function chainReadCounter(): (fn: () => unknown) => number {
  const sqlite = (globalThis as unknown as { __gazetteDb: { sqlite: BetterSqlite3.Database } }).__gazetteDb
    .sqlite;
  const prototype = Object.getPrototypeOf(sqlite.prepare('select 1')) as BetterSqlite3.Statement;
  let reads: number | null = null;
  for (const name of ['run', 'get', 'all', 'iterate'] as const) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(prototype, name, {
      configurable: true,
      writable: true,
      value: function (this: BetterSqlite3.Statement, ...args: unknown[]) {
        if (reads !== null && /"review_chain_steps"/.test(this.source)) reads++;
        return original.apply(this, args);
      },
    });
  }
  return (fn) => {
    reads = 0;
    try {
      fn();
      return reads;
    } finally {
      reads = null;
    }
  };
}
