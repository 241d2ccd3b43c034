import type BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import type { DocumentKind, PublicationState, Role, WorkingState } from '@/domain/vocabulary';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor } from './actor';
import { getDocument, reviewChain } from './documents';
import { GazetteError } from './errors';
import { createBody, createMeeting } from './meetings';
import { publishDueDocuments } from './scheduler';
import { createUser } from './users';
import {
  approveStep,
  importPublishedRevision,
  previewDraftFromRecords,
  recallDocument,
  publishDocument,
  requestChanges,
  restoreRevision,
  saveRevision,
  scheduleDocument,
  submitForReview,
  unscheduleDocument,
  withdrawDocument,
} from './workflow';

/*
 * A model-based property test of the workflow against a real SQLite database. Random sequences of random
 * actions by random people (some holding several roles) run against a fresh meeting's press release
 * (reviewer → leader) and minutes (leader). A plain model predicts the outcome of every call (success, or
 * the exact refusal); after every step the database is compared with the model and checked against the
 * safety rules of DESIGN.md, read straight from the tables. Imports (an administrator recording a release
 * published before Gazette existed) are the one audited way to a publication without the review chain.
 *
 * The meeting's body writes English originals, so its Chinese press release is the translation: it is
 * neither published nor scheduled before its original is live (a refusal the model predicts, at the
 * scheduler's ticks too), and it is stale while the original's published revision is newer than the one it
 * was translated from (which each save may name, or carry over).
 */

const NUM_RUNS = 1000;
const MAX_STEPS = 40;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const BASE = Date.parse('2032-01-01T00:00:00.000Z');

const PEOPLE = {
  sec: ['secretary'],
  sec2: ['secretary'],
  rev: ['reviewer'],
  rev2: ['reviewer'],
  lead: ['leader'],
  lead2: ['leader'],
  secRev: ['secretary', 'reviewer'],
  revLead: ['reviewer', 'leader'],
  secLead: ['secretary', 'leader'],
  everything: ['secretary', 'reviewer', 'leader', 'admin'],
  admin: ['admin'],
  nobody: [],
} satisfies Record<string, Role[]>;
type Person = keyof typeof PEOPLE;
const PERSON_KEYS = Object.keys(PEOPLE) as Person[];
type UserActor = { kind: 'user'; userId: number; roles: readonly Role[] };

// ---------------------------------------------------------------------------------------------------
// Commands

/** Someone holding the role the action needs (so sequences get somewhere), or anyone at all. */
type Who = { fit: boolean; pick: number };
type DocPick = 0 | 1 | 2; // 0: the press release (the original), 1: the minutes, 2: the translation
/** What a translation's save names as the original's revision it was translated from. */
type Basis = 'left_out' | 'original_current' | 'original_published' | 'foreign';
type Cmd =
  | {
      t: 'save';
      doc: DocPick;
      who: Who;
      stale: boolean;
      pick: number;
      consistent: boolean;
      basis: Basis;
    }
  | {
      t: 'restore';
      doc: DocPick;
      who: Who;
      stale: boolean;
      pick: number;
      target: 'own' | 'foreign' | 'missing';
    }
  | { t: 'submit'; doc: DocPick; who: Who }
  | { t: 'recall'; doc: DocPick; who: Who }
  | { t: 'approve'; doc: DocPick; who: Who; old: boolean; pick: number }
  | { t: 'request_changes'; doc: DocPick; who: Who; comment: string }
  | { t: 'publish'; doc: DocPick; who: Who }
  | { t: 'schedule'; doc: DocPick; who: Who; inMinutes: number }
  | { t: 'unschedule'; doc: DocPick; who: Who }
  | { t: 'withdraw'; doc: DocPick; who: Who; reason: string }
  | { t: 'import'; doc: DocPick; who: Who }
  | { t: 'tick'; minutes: number }
  /** The next move that would take the document forward, by someone holding the right role. */
  | { t: 'advance'; doc: DocPick; pick: number };
type WorkflowCmd = Exclude<Cmd, { t: 'tick' } | { t: 'advance' }>;

const docArb = fc.constantFrom<DocPick>(0, 0, 0, 1, 2, 2, 2);
const whoArb: fc.Arbitrary<Who> = fc.record({
  fit: fc.constantFrom(true, true, true, false),
  pick: fc.nat(60),
});
const commentArb = fc.constantFrom('', '   ', 'Please check the second paragraph.');
const pickArb = fc.nat(60);

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant('advance' as const), doc: docArb, pick: pickArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('save' as const),
      doc: docArb,
      who: whoArb,
      stale: fc.constantFrom(false, false, true),
      pick: pickArb,
      consistent: fc.constantFrom(true, true, true, false),
      basis: fc.constantFrom<Basis>('left_out', 'original_current', 'original_published', 'foreign'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('restore' as const),
      doc: docArb,
      who: whoArb,
      stale: fc.constantFrom(false, false, true),
      pick: pickArb,
      target: fc.constantFrom(
        'own' as const,
        'own' as const,
        'own' as const,
        'foreign' as const,
        'missing' as const,
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('submit' as const), doc: docArb, who: whoArb }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('recall' as const), doc: docArb, who: whoArb }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('approve' as const),
      doc: docArb,
      who: whoArb,
      old: fc.constantFrom(false, false, true),
      pick: pickArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('request_changes' as const),
      doc: docArb,
      who: whoArb,
      comment: commentArb,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('publish' as const), doc: docArb, who: whoArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('schedule' as const),
      doc: docArb,
      who: whoArb,
      inMinutes: fc.integer({ min: -30, max: 240 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('unschedule' as const), doc: docArb, who: whoArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('withdraw' as const),
      doc: docArb,
      who: whoArb,
      reason: commentArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('tick' as const), minutes: fc.integer({ min: 0, max: 300 }) }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('import' as const), doc: docArb, who: whoArb }) },
);

// ---------------------------------------------------------------------------------------------------
// The model

type RevModel = {
  id: number;
  number: number;
  authorId: number;
  /** A translation's revision: the original's revision it was translated from. */
  translatedFrom: number | null;
  headline: string;
  body: string;
  source: 'save' | 'restore' | 'import';
  createdAt: number;
};
type ApprovalModel = { cycle: number; step: number; userId: number; revisionId: number };
type DocModel = {
  id: number;
  kind: DocumentKind;
  /** The translation's original (the model's document 0), for the translation only. */
  original: DocModel | null;
  /** Schedules the scheduler was refused once: it does not try them again. */
  refusedSchedules: Set<number>;
  chain: Role[];
  working: WorkingState;
  step: number | null;
  publication: PublicationState;
  revisions: RevModel[];
  /** Whether each revision's text agrees with the meeting's records (a press release must, to be submitted). */
  consistent: Map<number, boolean>;
  currentId: number | null;
  cycle: number;
  /** Per review cycle: the revision under review, and who four-eyes bars from approving it. */
  cycleRevision: Map<number, number>;
  barred: Map<number, Set<number>>;
  approvals: ApprovalModel[];
  /** Authors of revisions made since the last publication. */
  authorsSincePublish: Set<number>;
  publishedRevisionId: number | null;
  firstPublishedAt: number | null;
  lastPublishedAt: number | null;
  withdrawnAt: number | null;
  scheduledFor: number | null;
  scheduledBy: number | null;
  successes: number;
};

type Expectation = { ok: true } | { ok: false; key: string };
const OK: Expectation = { ok: true };
const refused = (key: string): Expectation => ({ ok: false, key });

function freshDoc(id: number, kind: DocumentKind, chain: Role[], original: DocModel | null = null): DocModel {
  return {
    id,
    kind,
    original,
    refusedSchedules: new Set(),
    chain,
    working: 'draft',
    step: null,
    publication: 'none',
    revisions: [],
    consistent: new Map(),
    currentId: null,
    cycle: 0,
    cycleRevision: new Map(),
    barred: new Map(),
    approvals: [],
    authorsSincePublish: new Set(),
    publishedRevisionId: null,
    firstPublishedAt: null,
    lastPublishedAt: null,
    withdrawnAt: null,
    scheduledFor: null,
    scheduledBy: null,
    successes: 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// Fixture, and the database read straight from its tables

let cleanup: () => void;
let sqlite: BetterSqlite3.Database;
let bodyId: number;
const people = {} as Record<Person, UserActor>;
/** Each user's roles as the database holds them. */
const rolesInDb = new Map<number, Role[]>();
let consistentText: { headline: string; body: string };
let consistentTextZh: { headline: string; body: string };
let pressChain: Role[];
let minutesChain: Role[];
let translationChain: Role[];

const statements = new Map<string, BetterSqlite3.Statement>();
const query = (text: string) => {
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = sqlite.prepare(text)));
  return statement;
};

type DocumentRow = {
  id: number;
  working_state: WorkingState;
  review_step: number | null;
  review_cycle: number;
  publication_state: PublicationState;
  current_revision_id: number | null;
  published_revision_id: number | null;
  first_published_at: number | null;
  last_published_at: number | null;
  withdrawn_at: number | null;
  scheduled_for: number | null;
  scheduled_by: number | null;
};
const docRow = (id: number) => query('select * from documents where id = ?').get(id) as DocumentRow;

/** The highest id of every table that only grows: a refusal must leave every one where it was. */
const highWaterMarks = () =>
  query(
    `select (select coalesce(max(id), 0) from revisions) as revisions,
            (select coalesce(max(id), 0) from approvals) as approvals,
            (select coalesce(max(id), 0) from transitions) as transitions,
            (select coalesce(max(id), 0) from notifications) as notifications,
            (select coalesce(max(id), 0) from audit_events) as audit`,
  ).get() as {
    revisions: number;
    approvals: number;
    transitions: number;
    notifications: number;
    audit: number;
  };

type TransitionRow = {
  document_id: number;
  action: string;
  actor_id: number | null;
  revision_id: number | null;
  created_at: number;
};
const newTransitions = (afterId: number) =>
  query('select * from transitions where id > ? order by id').all(afterId) as TransitionRow[];
type AuditRow = { action: string; subject_id: string; actor_id: number | null };
const newAuditEvents = (afterId: number) =>
  query('select * from audit_events where id > ? order by id').all(afterId) as AuditRow[];
const countOf = (text: string) => (query(text).get() as { n: number }).n;

const stats = {
  sequences: 0,
  steps: 0,
  ok: new Map<string, number>(),
  refusals: new Map<string, number>(),
  tickPublications: 0,
  catchUpPublications: 0,
  republications: 0,
  publishedAfterWithdrawal: 0,
  imports: 0,
  scheduledTranslationsRefused: 0,
  staleTranslations: 0,
  translationsPublished: 0,
};
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let allSuccesses = 0;
let allRevisions = 0;

beforeAll(async () => {
  cleanup = useTempDatabase();
  sqlite = (globalThis as unknown as { __gazetteDb: { sqlite: BetterSqlite3.Database } }).__gazetteDb.sqlite;
  // Durability is not under test here: skip the fsync on every commit to keep the run short.
  sqlite.pragma('synchronous = OFF');
  const seed = systemActor('seed');
  bodyId = createBody(seed, {
    originalLanguage: 'en',
    name: "the People's Government of Sichuan Province",
    meetingName: 'Executive Meeting',
    nameZh: '省政府',
    meetingNameZh: '常务会议',
  }).id;
  for (const key of PERSON_KEYS) {
    const roles = PEOPLE[key] as Role[];
    const { id } = await createUser(seed, {
      username: key,
      displayName: key,
      password: 'a-long-password',
      roles,
    });
    people[key] = { kind: 'user', userId: id, roles };
    rolesInDb.set(
      id,
      (query('select role from user_roles where user_id = ?').all(id) as { role: Role }[]).map((r) => r.role),
    );
  }
  pressChain = reviewChain(getDb(), { kind: 'press_release', language: 'en' });
  minutesChain = reviewChain(getDb(), { kind: 'minutes', language: 'en' });
  translationChain = reviewChain(getDb(), { kind: 'press_release', language: 'zh' });
  expect(pressChain).toEqual(['reviewer', 'leader']);
  expect(minutesChain).toEqual(['leader']);
  expect(translationChain).toEqual(['reviewer', 'leader']);
  const [press, , translation] = newMeeting();
  consistentText = previewDraftFromRecords(people.sec, press);
  consistentTextZh = previewDraftFromRecords(people.sec, translation);
}, 60_000);
afterAll(() => cleanup());

/** Every meeting has the same records, so one consistent text per language fits every press release. */
function newMeeting(): [number, number, number] {
  const meeting = createMeeting(people.sec, {
    bodyId,
    sessionNumber: 7,
    heldOn: '2031-12-30',
    location: 'Chengdu',
    chairName: 'Wang Lin',
    chairNameZh: '王林',
    chairTitle: 'Governor',
    chairTitleZh: '省长',
    attendees: '',
    purpose: '',
    status: 'held',
  });
  const docs = query('select id, kind, language from documents where meeting_id = ?').all(meeting.id) as {
    id: number;
    kind: DocumentKind;
    language: string;
  }[];
  const release = (language: string) =>
    docs.find((d) => d.kind === 'press_release' && d.language === language)!.id;
  return [release('en'), docs.find((d) => d.kind === 'minutes')!.id, release('zh')];
}

// ---------------------------------------------------------------------------------------------------
// One sequence

class Run {
  clock: number;
  docs: [DocModel, DocModel, DocModel];
  successes = 0;
  edits = 0;

  constructor(runIndex: number) {
    this.clock = BASE + runIndex * DAY;
    const [press, minutes, translation] = newMeeting();
    const original = freshDoc(press, 'press_release', pressChain);
    this.docs = [
      original,
      freshDoc(minutes, 'minutes', minutesChain),
      freshDoc(translation, 'press_release', translationChain, original),
    ];
  }

  /** A consistent text in the document's language. */
  consistentFor(doc: DocModel) {
    return doc.original ? consistentTextZh : consistentText;
  }

  /** Whether a translation's original is live by `at` (published, or, for a schedule, scheduled no later). */
  originalLive(doc: DocModel, scheduleAt?: number) {
    const original = doc.original;
    if (!original || original.publication === 'published') return true;
    return (
      scheduleAt !== undefined && original.working === 'scheduled' && original.scheduledFor! <= scheduleAt
    );
  }

  /** Whether the model holds a translation stale: its original published newer text than it was made from. */
  stale(doc: DocModel) {
    const published = doc.original?.publishedRevisionId ?? null;
    const current = this.current(doc);
    if (!doc.original || published === null || !current) return false;
    // Both imported: published as a pair before Gazette held them, level by definition.
    const originalPublished = doc.original.revisions.find((r) => r.id === published);
    if (current.source === 'import' && originalPublished?.source === 'import') return false;
    return current.translatedFrom === null || current.translatedFrom < published;
  }

  person(who: Who, needed: Role): UserActor {
    const pool = who.fit ? PERSON_KEYS.filter((k) => (PEOPLE[k] as Role[]).includes(needed)) : PERSON_KEYS;
    return people[pool[who.pick % pool.length]!];
  }

  current(doc: DocModel) {
    return doc.revisions.find((r) => r.id === doc.currentId) ?? null;
  }

  /** A base revision other than the current one: an editor who loaded the document before the last save. */
  staleBase(doc: DocModel, pick: number): number | null {
    if (doc.currentId === null) return -1;
    const others = doc.revisions.filter((r) => r.id !== doc.currentId);
    return others.length ? others[pick % others.length]!.id : null;
  }

  /** The move that takes the document forward from where it is. */
  resolve(cmd: Extract<Cmd, { t: 'advance' }>): Cmd {
    const doc = this.docs[cmd.doc];
    const who = { fit: true, pick: cmd.pick };
    const { pick } = cmd;
    if (doc.publication === 'published' && doc.working !== 'scheduled' && pick % 6 === 0)
      return { t: 'withdraw', doc: cmd.doc, who, reason: 'Published in error.' };
    const basis: Basis = pick % 3 === 0 ? 'left_out' : 'original_current';
    const save = { t: 'save', doc: cmd.doc, who, stale: false, pick, consistent: true, basis } as const;
    switch (doc.working) {
      case 'draft':
        return this.current(doc) && doc.consistent.get(doc.currentId!) !== false
          ? { t: 'submit', doc: cmd.doc, who }
          : save;
      case 'in_review':
        if (pick % 11 === 0) return { t: 'recall', doc: cmd.doc, who };
        return pick % 8 === 0
          ? { t: 'request_changes', doc: cmd.doc, who, comment: 'Please shorten it.' }
          : { t: 'approve', doc: cmd.doc, who, old: false, pick };
      case 'approved':
        if (pick % 9 === 0) return { t: 'recall', doc: cmd.doc, who };
        return pick % 2 === 0
          ? { t: 'publish', doc: cmd.doc, who }
          : { t: 'schedule', doc: cmd.doc, who, inMinutes: 1 + (pick % 180) };
      case 'scheduled':
        return pick % 4 === 0
          ? { t: 'unschedule', doc: cmd.doc, who }
          : { t: 'tick', minutes: Math.ceil((doc.scheduledFor! - this.clock) / MINUTE) + (pick % 3) - 1 };
      case 'published':
        return save;
    }
  }

  step(cmd: Cmd): void {
    if (cmd.t === 'advance') return this.step(this.resolve(cmd));
    if (cmd.t === 'tick') {
      stats.tickPublications += this.tick(this.clock + cmd.minutes * MINUTE);
      return;
    }
    this.clock += 1000;
    this.call(cmd);
  }

  /** One data-layer call: predicted by the model, then made, then compared. */
  call(cmd: WorkflowCmd) {
    const when = { now: new Date(this.clock) };
    const now = this.clock;
    const doc = this.docs[cmd.doc];
    const other = this.docs[cmd.doc === 1 ? 0 : 1]!;
    const has = (u: UserActor, r: Role) => u.roles.includes(r);
    const stepRole = doc.working === 'in_review' ? doc.chain[doc.step! - 1]! : 'reviewer';

    let actor: UserActor;
    let expectation: Expectation;
    let run: () => unknown;
    let apply: (result: unknown) => void;

    switch (cmd.t) {
      case 'save':
      case 'restore': {
        const editor = (actor = this.person(cmd.who, 'secretary'));
        const base = cmd.stale ? this.staleBase(doc, cmd.pick) : doc.currentId;
        let content: { headline: string; body: string; consistent: boolean };
        let restoring = 0;
        // What the new revision is translated from: the named revision, else its predecessor's.
        let named: number | undefined;
        let foreignBasis = false;
        if (cmd.t === 'save') {
          this.edits++;
          const text = this.consistentFor(doc);
          content = cmd.consistent
            ? { ...text, body: `${text.body}\n\nEdit ${this.edits}.`, consistent: true }
            : { headline: 'Notes', body: `Edit ${this.edits}.`, consistent: false };
          const original = this.docs[0];
          const candidates: Record<Basis, number | null | undefined> = {
            left_out: undefined,
            original_current: original.currentId,
            original_published: original.publishedRevisionId,
            foreign: this.docs[1].currentId,
          };
          named = candidates[cmd.basis] ?? undefined;
          foreignBasis = cmd.basis === 'foreign' && named !== undefined && doc.original !== null;
          run = () =>
            saveRevision(
              editor,
              {
                documentId: doc.id,
                baseRevisionId: base,
                headline: content.headline,
                body: content.body,
                ...(named === undefined ? {} : { translatedFromRevisionId: named }),
              },
              when,
            );
        } else {
          const pool = cmd.target === 'own' ? doc.revisions : cmd.target === 'foreign' ? other.revisions : [];
          const target = pool.length ? pool[cmd.pick % pool.length]! : null;
          restoring = target?.id ?? 1_000_000_000;
          content = target
            ? {
                headline: target.headline,
                body: target.body,
                consistent: doc.consistent.get(target.id) ?? false,
              }
            : { headline: '', body: '', consistent: false };
          run = () => restoreRevision(editor, doc.id, restoring, base, when);
        }
        if (cmd.t === 'restore' && !doc.revisions.some((r) => r.id === restoring))
          expectation = refused('documents.revisionNotFound');
        else if (base !== doc.currentId) expectation = refused('documents.staleSave');
        else if (!has(editor, 'secretary')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working === 'scheduled') expectation = refused('workflow.refused.unscheduleFirst');
        // Text in review or approved is recalled before it changes: never a save's side effect.
        else if (doc.working === 'in_review' || doc.working === 'approved')
          expectation = refused('workflow.refused.recallFirst');
        // A translation names a revision of its own original, or none.
        else if (foreignBasis) expectation = refused('documents.revisionNotFound');
        else expectation = OK;
        const translatedFrom = doc.original ? (named ?? this.current(doc)?.translatedFrom ?? null) : null;
        apply = (result) => {
          const r = result as { revisionId: number; number: number };
          expect(r.number).toBe(doc.revisions.length + 1);
          doc.revisions.push({
            id: r.revisionId,
            number: r.number,
            authorId: editor.userId,
            translatedFrom,
            headline: content.headline,
            body: content.body,
            source: cmd.t,
            createdAt: now,
          });
          doc.consistent.set(r.revisionId, content.consistent);
          doc.currentId = r.revisionId;
          doc.authorsSincePublish.add(editor.userId);
          doc.working = 'draft';
          doc.step = null;
        };
        break;
      }
      case 'recall': {
        const recaller = (actor = this.person(cmd.who, 'secretary'));
        run = () => recallDocument(recaller, doc.id, when);
        if (!has(recaller, 'secretary')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working === 'scheduled') expectation = refused('workflow.refused.unscheduleFirst');
        else if (doc.working !== 'in_review' && doc.working !== 'approved')
          expectation = refused('workflow.refused.notInReview');
        else expectation = OK;
        // Back to draft: the cycle's approvals are void (a new submit starts a new cycle).
        apply = () => {
          doc.working = 'draft';
          doc.step = null;
        };
        break;
      }
      case 'submit': {
        const submitter = (actor = this.person(cmd.who, 'secretary'));
        const current = this.current(doc);
        run = () => submitForReview(submitter, doc.id, when);
        // Editorial staff read every document; issued minutes besides them only their units' liaisons
        // (none here), and a release's text in the workspace nobody else.
        const staff = (['secretary', 'reviewer', 'leader'] as Role[]).some((r) => has(submitter, r));
        if (!staff) expectation = refused('error.forbidden');
        else if (!current) expectation = refused('documents.nothingToSubmit');
        else if (doc.kind === 'press_release' && !doc.consistent.get(current.id))
          expectation = refused('documents.inconsistentWithRecords');
        else if (!has(submitter, 'secretary')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working !== 'draft') expectation = refused('workflow.refused.notInDraft');
        else expectation = OK;
        apply = () => {
          doc.cycle++;
          doc.cycleRevision.set(doc.cycle, current!.id);
          // Four-eyes: whoever wrote a revision since the last publication, or the one under review.
          doc.barred.set(doc.cycle, new Set([...doc.authorsSincePublish, current!.authorId]));
          doc.working = 'in_review';
          doc.step = 1;
        };
        break;
      }
      case 'approve': {
        const approver = (actor = this.person(cmd.who, stepRole));
        const revisionId =
          cmd.old && doc.revisions.length
            ? doc.revisions[cmd.pick % doc.revisions.length]!.id
            : (doc.currentId ?? 0);
        run = () => approveStep(approver, doc.id, revisionId, '', when, { confidentiality: true });
        if (revisionId !== doc.currentId) expectation = refused('documents.revisionChanged');
        else if (doc.working !== 'in_review') expectation = refused('workflow.refused.notInReview');
        else if (!has(approver, stepRole)) expectation = refused('workflow.refused.roleRequired');
        else if (doc.barred.get(doc.cycle)!.has(approver.userId))
          expectation = refused('workflow.refused.fourEyesAuthor');
        else if (doc.approvals.some((a) => a.cycle === doc.cycle && a.userId === approver.userId))
          expectation = refused('workflow.refused.fourEyesEarlierStep');
        else expectation = OK;
        apply = () => {
          doc.approvals.push({ cycle: doc.cycle, step: doc.step!, userId: approver.userId, revisionId });
          if (doc.step === doc.chain.length) {
            doc.working = 'approved';
            doc.step = null;
          } else doc.step = doc.step! + 1;
        };
        break;
      }
      case 'request_changes': {
        const reviewer = (actor = this.person(cmd.who, stepRole));
        run = () => requestChanges(reviewer, doc.id, cmd.comment, when);
        if (doc.working !== 'in_review') expectation = refused('workflow.refused.notInReview');
        else if (!has(reviewer, stepRole)) expectation = refused('workflow.refused.roleRequired');
        else if (!cmd.comment.trim()) expectation = refused('workflow.refused.commentRequired');
        else expectation = OK;
        apply = () => {
          doc.working = 'draft';
          doc.step = null;
        };
        break;
      }
      case 'publish': {
        const leader = (actor = this.person(cmd.who, 'leader'));
        run = () => publishDocument(leader, doc.id, {}, when);
        if (!has(leader, 'leader')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working !== 'approved' && doc.working !== 'scheduled')
          expectation = refused('workflow.refused.notApproved');
        else if (!this.originalLive(doc)) expectation = refused('workflow.refused.originalUnpublished');
        else expectation = OK;
        apply = () => this.published(doc, now);
        break;
      }
      case 'schedule': {
        const leader = (actor = this.person(cmd.who, 'leader'));
        const at = now + cmd.inMinutes * MINUTE;
        run = () => scheduleDocument(leader, doc.id, new Date(at), when);
        if (at <= now) expectation = refused('workflow.scheduleInPast');
        else if (!has(leader, 'leader')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working !== 'approved') expectation = refused('workflow.refused.notApproved');
        else if (!this.originalLive(doc, at)) expectation = refused('workflow.refused.originalUnpublished');
        else expectation = OK;
        apply = () => {
          doc.working = 'scheduled';
          doc.scheduledFor = at;
          doc.scheduledBy = leader.userId;
        };
        break;
      }
      case 'unschedule': {
        const leader = (actor = this.person(cmd.who, 'leader'));
        run = () => unscheduleDocument(leader, doc.id, when);
        if (!has(leader, 'leader')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.working !== 'scheduled') expectation = refused('workflow.refused.notScheduled');
        else expectation = OK;
        apply = () => {
          doc.working = 'approved';
          doc.scheduledFor = null;
          doc.scheduledBy = null;
        };
        break;
      }
      case 'withdraw': {
        const leader = (actor = this.person(cmd.who, 'leader'));
        run = () => withdrawDocument(leader, doc.id, cmd.reason, when);
        if (!has(leader, 'leader')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.publication !== 'published') expectation = refused('workflow.refused.notPublished');
        else if (!cmd.reason.trim()) expectation = refused('workflow.refused.commentRequired');
        else expectation = OK;
        apply = () => {
          doc.publication = 'withdrawn';
          doc.withdrawnAt = now;
          // The live revision can only come back through a new review cycle; a scheduled one is unscheduled.
          if (doc.working === 'published') doc.working = 'draft';
          if (doc.working === 'scheduled') {
            doc.working = 'approved';
            doc.scheduledFor = null;
            doc.scheduledBy = null;
          }
        };
        break;
      }
      case 'import': {
        const importer = (actor = this.person(cmd.who, 'admin'));
        // Published long before Gazette held it: the first-published time is the original one.
        const publishedAt = now - 400 * DAY;
        run = () =>
          importPublishedRevision(
            importer,
            doc.id,
            {
              ...this.consistentFor(doc),
              publishedAt: new Date(publishedAt),
              comment: 'Imported from archive.txt',
            },
            when,
          );
        if (doc.kind !== 'press_release') expectation = refused('import.notARelease');
        else if (!has(importer, 'admin')) expectation = refused('workflow.refused.roleRequired');
        else if (doc.revisions.length > 0 || doc.working !== 'draft' || doc.publication !== 'none')
          expectation = refused('workflow.refused.notEmpty');
        else expectation = OK;
        apply = (result) => {
          const { revisionId } = result as { revisionId: number };
          doc.revisions.push({
            id: revisionId,
            number: 1,
            authorId: importer.userId,
            translatedFrom: null,
            headline: this.consistentFor(doc).headline,
            body: this.consistentFor(doc).body,
            source: 'import',
            createdAt: now,
          });
          doc.consistent.set(revisionId, true);
          doc.currentId = revisionId;
          this.published(doc, publishedAt);
          stats.imports++;
        };
        break;
      }
    }

    const label =
      `${cmd.t} by ${actor.roles.join('+') || 'nobody'} (user ${actor.userId}) on ${doc.kind} ` +
      `in ${doc.working}:${doc.step}/${doc.publication}: ${JSON.stringify(cmd)}`;
    const before = highWaterMarks();
    const rowsBefore = this.docs.map((d) => docRow(d.id));
    let result: unknown;
    let error: unknown;
    try {
      result = run();
    } catch (e) {
      error = e;
    }
    const transitions = newTransitions(before.transitions);
    const events = newAuditEvents(before.audit);

    if (expectation.ok) {
      expect(error, label).toBeUndefined();
      apply(result);
      doc.successes++;
      this.successes++;
      bump(stats.ok, cmd.t);
      // Exactly one transition and its audit event, written together.
      expect(
        transitions.map((t) => [t.document_id, t.action, t.actor_id, t.revision_id, t.created_at]),
        label,
      ).toEqual([[doc.id, cmd.t, actor.userId, doc.currentId, now]]);
      expect(
        events.map((e) => [e.action, e.subject_id, e.actor_id]),
        label,
      ).toEqual([[`document.${cmd.t}`, String(doc.id), actor.userId]]);
    } else {
      // Refusals throw GazetteError, and change nothing: only a permission refusal leaves an audit event.
      expect(error, label).toBeInstanceOf(GazetteError);
      const refusal = error as GazetteError;
      expect(refusal.key, label).toBe(expectation.key);
      bump(stats.refusals, expectation.key);
      const audited = refusal.kind === 'forbidden';
      expect(highWaterMarks(), label).toEqual({ ...before, audit: before.audit + (audited ? 1 : 0) });
      expect(
        events.map((e) => [e.action, e.actor_id]),
        label,
      ).toEqual(audited ? [['permission.refused', actor.userId]] : []);
      expect(
        this.docs.map((d) => docRow(d.id)),
        label,
      ).toEqual(rowsBefore);
    }
    this.check(label);
  }

  published(doc: DocModel, at: number) {
    if (doc.publishedRevisionId !== null) stats.republications++;
    if (doc.publication === 'withdrawn') stats.publishedAfterWithdrawal++;
    doc.working = 'published';
    doc.step = null;
    doc.publication = 'published';
    doc.publishedRevisionId = doc.currentId;
    doc.firstPublishedAt ??= at;
    doc.lastPublishedAt = at;
    doc.withdrawnAt = null;
    doc.scheduledFor = null;
    doc.scheduledBy = null;
    doc.authorsSincePublish = new Set();
  }

  /**
   * A scheduler tick at `now`: publishes, as the leader who scheduled it, exactly what is due, oldest
   * schedule first — except a translation whose original is not published by its turn, which is refused
   * (once: the scheduler does not try that schedule again) and stays on the schedule.
   */
  tick(now: number) {
    this.clock = Math.max(this.clock, now);
    const due = this.docs
      .filter((d) => d.working === 'scheduled' && d.scheduledFor! <= this.clock)
      .filter((d) => !d.refusedSchedules.has(d.scheduledFor!))
      .sort((a, b) => a.scheduledFor! - b.scheduledFor! || a.id - b.id);
    const before = highWaterMarks();
    const result = publishDueDocuments(new Date(this.clock));
    const label = `tick at ${new Date(this.clock).toISOString()}`;
    const published: DocModel[] = [];
    const refusedDocs: DocModel[] = [];
    const expected: unknown[][] = [];
    const expectedEvents: unknown[][] = [];
    for (const d of due) {
      if (!this.originalLive(d)) {
        refusedDocs.push(d);
        d.refusedSchedules.add(d.scheduledFor!);
        expectedEvents.push([String(d.id), 'permission.refused', d.scheduledBy]);
        continue;
      }
      expected.push([d.id, 'publish', d.scheduledBy, d.currentId, this.clock]);
      expectedEvents.push([String(d.id), 'document.publish', d.scheduledBy]);
      this.published(d, this.clock);
      d.successes++;
      this.successes++;
      published.push(d);
    }
    expect(result.refused, label).toEqual(
      refusedDocs.map((d) => ({ documentId: d.id, reason: 'workflow.refused.originalUnpublished' })),
    );
    stats.scheduledTranslationsRefused += refusedDocs.length;
    // Nothing of another sequence is ever left on the schedule, so everything published is ours.
    expect(result.published.map((c) => c.documentId).sort(), label).toEqual(
      published.map((d) => d.id).sort(),
    );
    const byDoc = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      newTransitions(before.transitions)
        .map((t) => [t.document_id, t.action, t.actor_id, t.revision_id, t.created_at])
        .sort(byDoc),
      label,
    ).toEqual(expected.sort(byDoc));
    expect(
      newAuditEvents(before.audit)
        .map((e) => [e.subject_id, e.action, e.actor_id])
        .sort(byDoc),
      label,
    ).toEqual(expectedEvents.sort(byDoc));
    if (due.length === 0) expect(highWaterMarks(), label).toEqual(before);
    this.check(label);
    return published.length;
  }

  /** The database agrees with the model, and with the rules whatever the model says. */
  check(label: string) {
    for (const doc of this.docs) {
      const row = docRow(doc.id);
      expect(
        [
          row.working_state,
          row.review_step,
          row.publication_state,
          row.current_revision_id,
          row.review_cycle,
          row.published_revision_id,
          row.first_published_at,
          row.last_published_at,
          row.withdrawn_at,
          row.scheduled_for,
          row.scheduled_by,
        ],
        `${label}: document ${doc.kind}`,
      ).toEqual([
        doc.working,
        doc.step,
        doc.publication,
        doc.currentId,
        doc.cycle,
        doc.publishedRevisionId,
        doc.firstPublishedAt,
        doc.lastPublishedAt,
        doc.withdrawnAt,
        doc.scheduledFor,
        doc.scheduledBy,
      ]);

      // No revision lost, none changed.
      const revisions = query(
        `select id, number, author_id as authorId, translated_from_revision_id as translatedFrom, headline, body,
                source, created_at as createdAt
           from revisions where document_id = ? order by id`,
      ).all(doc.id) as RevModel[];
      expect(revisions, `${label}: revisions`).toEqual(doc.revisions);

      // The history as the database tells it: cycle k began at the k-th submit; who wrote revisions from
      // the last publication before it up to the revision it submitted is barred from approving in it.
      const transitions = query(
        'select action, revision_id as revisionId from transitions where document_id = ? order by id',
      ).all(doc.id) as { action: string; revisionId: number }[];
      const barredInCycle = new Map<number, Set<number>>();
      let lastPublished = 0;
      for (const t of transitions) {
        if (t.action === 'publish' || t.action === 'import') lastPublished = t.revisionId;
        if (t.action !== 'submit') continue;
        const writers = revisions
          .filter((r) => r.id > lastPublished && r.id <= t.revisionId)
          .map((r) => r.authorId);
        const submitted = revisions.find((r) => r.id === t.revisionId)!;
        barredInCycle.set(barredInCycle.size + 1, new Set([...writers, submitted.authorId]));
      }
      expect(barredInCycle.size, label).toBe(row.review_cycle);

      // Every approval: by someone holding the step's role, for the revision under review in its cycle,
      // by nobody who wrote in the cycle or signed an earlier step of it.
      const approvals = query(
        `select review_cycle as cycle, step, user_id as userId, revision_id as revisionId, role
           from approvals where document_id = ? order by id`,
      ).all(doc.id) as (ApprovalModel & { role: Role })[];
      expect(
        approvals.map((a) => ({ cycle: a.cycle, step: a.step, userId: a.userId, revisionId: a.revisionId })),
        `${label}: approvals`,
      ).toEqual(doc.approvals);
      for (const a of approvals) {
        const role = doc.chain[a.step - 1]!;
        expect(a.role, label).toBe(role);
        expect(rolesInDb.get(a.userId), label).toContain(role);
        expect(a.revisionId, label).toBe(doc.cycleRevision.get(a.cycle));
        expect(barredInCycle.get(a.cycle)!.has(a.userId), `${label}: approval by an author`).toBe(false);
        expect(doc.barred.get(a.cycle), label).toEqual(barredInCycle.get(a.cycle));
        const earlier = approvals.filter((b) => b.cycle === a.cycle && b.step < a.step);
        expect(
          earlier.map((b) => b.userId),
          `${label}: approval by an earlier step's signer`,
        ).not.toContain(a.userId);
      }

      // Never a publication without a complete chain of approvals of that exact revision in one cycle,
      // except the release imported as published, which came by its own transition, by an administrator.
      const imported = transitions.filter((t) => t.action === 'import').map((t) => t.revisionId);
      expect(imported.length, label).toBeLessThanOrEqual(1);
      for (const revisionId of imported) {
        const revision = revisions.find((r) => r.id === revisionId)!;
        expect([revision.number, revision.source], label).toEqual([1, 'import']);
        expect(rolesInDb.get(revision.authorId), label).toContain('admin');
      }
      const published = transitions.filter((t) => t.action === 'publish').map((t) => t.revisionId);
      if (row.published_revision_id !== null && !imported.includes(row.published_revision_id))
        published.push(row.published_revision_id);
      for (const revisionId of published) {
        const cycles = new Set(approvals.map((a) => a.cycle));
        const complete = [...cycles].some((cycle) =>
          doc.chain.every((_, i) =>
            approvals.some((a) => a.cycle === cycle && a.step === i + 1 && a.revisionId === revisionId),
          ),
        );
        expect(complete, `${label}: revision ${revisionId} published without a complete chain`).toBe(true);
      }
      expect(row.publication_state === 'none', label).toBe(row.published_revision_id === null);
      if (row.publication_state === 'published') expect(row.published_revision_id, label).not.toBeNull();
      if (row.working_state === 'published') {
        expect(row.current_revision_id, label).toBe(row.published_revision_id);
        expect(row.publication_state, label).toBe('published');
      }

      // One transition per successful workflow call (their audit events are checked call by call).
      expect(transitions, label).toHaveLength(doc.successes);

      if (doc.original) this.checkTranslation(doc, label);
    }
  }

  /**
   * A translation as the database tells it: never published through the workflow before its original's
   * first publication or import (by transition order), and stale exactly when the model says so.
   */
  checkTranslation(doc: DocModel, label: string) {
    const firstOriginal = query(
      `select min(id) as id from transitions where document_id = ? and action in ('publish', 'import')`,
    ).get(doc.original!.id) as { id: number | null };
    const publishes = query(
      `select id from transitions where document_id = ? and action = 'publish' order by id`,
    ).all(doc.id) as { id: number }[];
    for (const p of publishes) {
      expect(firstOriginal.id, `${label}: translation published before its original`).not.toBeNull();
      expect(p.id, `${label}: translation published before its original`).toBeGreaterThan(firstOriginal.id!);
    }
    const stale = this.stale(doc);
    if (stale) stats.staleTranslations++;
    if (publishes.length) stats.translationsPublished++;
    expect(getDocument(systemActor('seed'), doc.id).translation?.stale, `${label}: stale`).toBe(stale);
  }
}

let runIndex = 0;

describe('the workflow, model-based', () => {
  it(`keeps its invariants over ${NUM_RUNS} random sequences`, () => {
    const started = Date.now();
    fc.assert(
      fc.property(fc.array(cmdArb, { minLength: 1, maxLength: MAX_STEPS, size: 'max' }), (cmds) => {
        const run = new Run(runIndex++);
        const revisionsBefore = countOf('select count(*) as n from revisions');
        const transitionsBefore = countOf('select count(*) as n from transitions');
        try {
          for (const cmd of cmds) {
            run.step(cmd);
            stats.steps++;
          }
          // The server restarts much later: whatever is still scheduled is published at its first tick.
          stats.catchUpPublications += run.tick(run.clock + 5 * 365 * DAY);
          // Across the whole database: as many new revisions as successful saves and restores, as many
          // new transitions as successful workflow calls.
          const revisions = run.docs.reduce((n, d) => n + d.revisions.length, 0);
          expect(countOf('select count(*) as n from revisions') - revisionsBefore).toBe(revisions);
          expect(countOf('select count(*) as n from transitions') - transitionsBefore).toBe(run.successes);
          stats.sequences++;
          allSuccesses += run.successes;
          allRevisions += revisions;
        } finally {
          // Leave nothing on the schedule for the next sequence: a translation the scheduler refused (its
          // original never went live) is still on it; anything else only after a failure.
          for (const d of run.docs) {
            if (docRow(d.id).working_state !== 'scheduled') continue;
            unscheduleDocument(people.lead, d.id);
            allSuccesses++;
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    const elapsed = Date.now() - started;

    // Over the whole database: as many 'document.*' audit events as transitions as successful calls.
    const transitions = countOf('select count(*) as n from transitions');
    expect(countOf("select count(*) as n from audit_events where action like 'document.%'")).toBe(
      transitions,
    );
    expect(transitions).toBe(allSuccesses);
    expect(countOf('select count(*) as n from revisions')).toBe(allRevisions);

    console.log(
      `property: ${stats.sequences} sequences, ${stats.steps} steps ` +
        `(${allSuccesses} successful workflow calls, ${elapsed} ms)`,
    );
    console.log('property: successes by action', Object.fromEntries([...stats.ok].sort()));
    console.log('property: refusals by reason', Object.fromEntries([...stats.refusals].sort()));
    console.log(
      `property: ${stats.tickPublications} publications at scheduler ticks, ${stats.catchUpPublications} at ` +
        `catch-up ticks, ${stats.republications} republications, ${stats.publishedAfterWithdrawal} after a withdrawal, ` +
        `${stats.imports} imports`,
    );
    console.log(
      `property: translations: ${stats.translationsPublished} checks after a publication, ` +
        `${stats.staleTranslations} stale, ${stats.scheduledTranslationsRefused} schedules refused at a tick`,
    );

    // The sequences must really reach the interesting places.
    const actions = [
      'save',
      'restore',
      'submit',
      'recall',
      'approve',
      'request_changes',
      'publish',
      'schedule',
    ];
    for (const action of [...actions, 'unschedule', 'withdraw'])
      expect(stats.ok.get(action) ?? 0, action).toBeGreaterThan(0);
    for (const key of [
      'workflow.refused.fourEyesAuthor',
      'workflow.refused.fourEyesEarlierStep',
      'workflow.refused.roleRequired',
      'workflow.refused.commentRequired',
      'workflow.refused.unscheduleFirst',
      'workflow.refused.recallFirst',
      'documents.staleSave',
      'documents.revisionChanged',
      'workflow.scheduleInPast',
    ])
      expect(stats.refusals.get(key) ?? 0, key).toBeGreaterThan(0);
    expect(stats.tickPublications).toBeGreaterThan(0);
    expect(stats.catchUpPublications).toBeGreaterThan(0);
    expect(stats.publishedAfterWithdrawal).toBeGreaterThan(0);
    expect(stats.imports).toBeGreaterThan(0);
    expect(stats.refusals.get('workflow.refused.notEmpty') ?? 0).toBeGreaterThan(0);
    expect(stats.refusals.get('import.notARelease') ?? 0).toBeGreaterThan(0);
    // The language rules are reached: a translation refused before its original, stale ones, published ones.
    expect(stats.refusals.get('workflow.refused.originalUnpublished') ?? 0).toBeGreaterThan(0);
    expect(stats.refusals.get('documents.revisionNotFound') ?? 0).toBeGreaterThan(0);
    expect(stats.staleTranslations).toBeGreaterThan(0);
    expect(stats.translationsPublished).toBeGreaterThan(0);
  }, 300_000);
});
