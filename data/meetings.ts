import 'server-only';
import { and, asc, desc, eq, exists, gte, inArray, lte, max, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb, schema, type Tx } from '@/db';
import type {
  AgendaItemKind,
  DecisionKind,
  DecisionOutcome,
  DocumentKind,
  MeetingStatus,
  WorkingState,
} from '@/domain/vocabulary';
import type { MeetingRecords } from '@/domain/release-draft';
import { actorUserId, hasRole, isEditorialStaff, type Actor } from './actor';
import { recordAudit, refusal } from './audit';
import { conflict, notFound } from './errors';

const DEFAULT_VISIBILITY: Record<DocumentKind, 'public' | 'internal'> = {
  agenda: 'internal',
  minutes: 'internal',
  press_release: 'public',
};

export type BodySummary = { id: number; name: string; meetingName: string };

export type MeetingSummary = {
  id: number;
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  status: MeetingStatus;
  releaseState: string;
  releasePublication: string;
  /** The state of each of its documents: agenda, minutes, press release. */
  documents: { kind: DocumentKind; workingState: string; publicationState: string }[];
};

export type AgendaItemDto = {
  id: number;
  position: number;
  kind: AgendaItemKind;
  title: string;
  presenter: string;
  notes: string;
  stressed: string;
};

export type DecisionDto = {
  id: number;
  position: number;
  title: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  emphasis: string;
  agendaItemId: number | null;
};

export type MeetingDetail = {
  id: number;
  body: BodySummary;
  sessionNumber: number;
  heldOn: string;
  location: string;
  chairName: string;
  chairTitle: string;
  attendees: string;
  purpose: string;
  status: MeetingStatus;
  agendaItems: AgendaItemDto[];
  decisions: DecisionDto[];
  documents: { id: number; kind: DocumentKind; workingState: string; publicationState: string }[];
};

function requireReader(actor: Actor, attempted: string, id?: number) {
  if (!isEditorialStaff(actor)) throw refusal(actor, attempted, { type: 'meeting', id });
}

function requireSecretary(actor: Actor, attempted: string, id?: number) {
  if (actor.kind !== 'system' && !hasRole(actor, 'secretary'))
    throw refusal(actor, attempted, { type: 'meeting', id });
}

export function listBodies(actor: Actor): BodySummary[] {
  requireReader(actor, 'bodies.list');
  return getDb()
    .select({ id: schema.bodies.id, name: schema.bodies.name, meetingName: schema.bodies.meetingName })
    .from(schema.bodies)
    .orderBy(asc(schema.bodies.id))
    .all();
}

/** The bodies, for the administrator's page (their names are public in every release anyway). */
export function listAllBodies(): BodySummary[] {
  return getDb()
    .select({ id: schema.bodies.id, name: schema.bodies.name, meetingName: schema.bodies.meetingName })
    .from(schema.bodies)
    .orderBy(asc(schema.bodies.id))
    .all();
}

export function createBody(actor: Actor, input: { name: string; meetingName: string }): { id: number } {
  if (actor.kind !== 'system' && !hasRole(actor, 'admin'))
    throw refusal(actor, 'bodies.create', { type: 'body' });
  return getDb().transaction(
    (tx) => {
      const body = tx.insert(schema.bodies).values(input).returning({ id: schema.bodies.id }).get();
      recordAudit(
        actor,
        { action: 'body.created', subjectType: 'body', subjectId: body.id, detail: input },
        tx,
      );
      return body;
    },
    { behavior: 'immediate' },
  );
}

/** The next session number of a body: one more than its latest meeting's. */
export function suggestSessionNumber(actor: Actor, bodyId: number): number {
  requireReader(actor, 'meetings.suggestNumber');
  const latest = getDb()
    .select({ n: schema.meetings.sessionNumber })
    .from(schema.meetings)
    .where(eq(schema.meetings.bodyId, bodyId))
    .orderBy(desc(schema.meetings.heldOn), desc(schema.meetings.id))
    .limit(1)
    .get();
  return (latest?.n ?? 0) + 1;
}

export type RegisterFilters = {
  /** Matches the chair's name or the body's name (substring), or the session number (exact). */
  q?: string;
  status?: MeetingStatus;
  /** The press release's working state, or 'published' / 'withdrawn' for its publication. */
  releaseState?: WorkingState | 'withdrawn';
  from?: string;
  to?: string;
  sort?: 'date_desc' | 'date_asc' | 'number_desc' | 'number_asc';
};

const SORTS = {
  date_desc: [desc(schema.meetings.heldOn), desc(schema.meetings.id)],
  date_asc: [asc(schema.meetings.heldOn), asc(schema.meetings.id)],
  number_desc: [desc(schema.meetings.sessionNumber), desc(schema.meetings.heldOn)],
  number_asc: [asc(schema.meetings.sessionNumber), asc(schema.meetings.heldOn)],
} as const;

function registerWhere(f: RegisterFilters): SQL | undefined {
  const q = f.q?.trim();
  const release = alias(schema.documents, 'release');
  const releaseMatches =
    f.releaseState === undefined
      ? undefined
      : exists(
          getDb()
            .select({ one: sql`1` })
            .from(release)
            .where(
              and(
                eq(release.meetingId, schema.meetings.id),
                eq(release.kind, 'press_release'),
                f.releaseState === 'withdrawn'
                  ? eq(release.publicationState, 'withdrawn')
                  : eq(release.workingState, f.releaseState),
              ),
            ),
        );
  return and(
    q
      ? or(
          contains(schema.meetings.chairName, q),
          contains(schema.bodies.name, q),
          /^\d+$/.test(q) ? eq(schema.meetings.sessionNumber, Number(q)) : undefined,
        )
      : undefined,
    f.status ? eq(schema.meetings.status, f.status) : undefined,
    f.from ? gte(schema.meetings.heldOn, f.from) : undefined,
    f.to ? lte(schema.meetings.heldOn, f.to) : undefined,
    releaseMatches,
  );
}

/** A case-insensitive substring match in which % and _ mean themselves, not LIKE's wildcards. */
function contains(column: SQLiteColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

/** The meeting register: one page of meetings with their release's state, filtered, sorted, counted. */
export function listMeetings(
  actor: Actor,
  filters: RegisterFilters = {},
  page = 1,
  pageSize = 25,
): { rows: MeetingSummary[]; total: number } {
  requireReader(actor, 'meetings.list');
  const db = getDb();
  const release = alias(schema.documents, 'release');
  const where = registerWhere(filters);
  const rows = db
    .select({
      id: schema.meetings.id,
      bodyName: schema.bodies.name,
      meetingName: schema.bodies.meetingName,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      chairName: schema.meetings.chairName,
      status: schema.meetings.status,
      releaseState: release.workingState,
      releasePublication: release.publicationState,
    })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .leftJoin(release, and(eq(release.meetingId, schema.meetings.id), eq(release.kind, 'press_release')))
    .where(where)
    .orderBy(...SORTS[filters.sort ?? 'date_desc'])
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(schema.meetings)
      .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
      .where(where)
      .get()?.n ?? 0;
  // One more query for the page's documents, rather than three joins for every row of the register.
  const documents = rows.length
    ? db
        .select({
          meetingId: schema.documents.meetingId,
          kind: schema.documents.kind,
          workingState: schema.documents.workingState,
          publicationState: schema.documents.publicationState,
        })
        .from(schema.documents)
        .where(
          inArray(
            schema.documents.meetingId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(schema.documents.kind))
        .all()
    : [];
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      releaseState: r.releaseState ?? 'draft',
      releasePublication: r.releasePublication ?? 'none',
      documents: documents
        .filter((d) => d.meetingId === r.id)
        .map((d) => ({ kind: d.kind, workingState: d.workingState, publicationState: d.publicationState })),
    })),
  };
}

export type MeetingInput = {
  bodyId: number;
  sessionNumber: number;
  heldOn: string;
  location: string;
  chairName: string;
  chairTitle: string;
  attendees: string;
  purpose: string;
  status: MeetingStatus;
};

/** Creates a meeting and its three documents. A duplicate session number in the same year is allowed. */
export function createMeeting(actor: Actor, input: MeetingInput): { id: number; duplicateNumber: boolean } {
  requireSecretary(actor, 'meetings.create');
  return getDb().transaction(
    (tx) => {
      const body = tx
        .select({ id: schema.bodies.id })
        .from(schema.bodies)
        .where(eq(schema.bodies.id, input.bodyId))
        .get();
      if (!body) throw notFound('meetings.bodyNotFound');
      const duplicateNumber = Boolean(
        tx
          .select({ id: schema.meetings.id })
          .from(schema.meetings)
          .where(
            and(
              eq(schema.meetings.bodyId, input.bodyId),
              eq(schema.meetings.sessionNumber, input.sessionNumber),
              sql`substr(${schema.meetings.heldOn}, 1, 4) = ${input.heldOn.slice(0, 4)}`,
            ),
          )
          .get(),
      );
      const meeting = tx
        .insert(schema.meetings)
        .values({ ...input, createdBy: actorUserId(actor) })
        .returning({ id: schema.meetings.id })
        .get();
      for (const kind of ['agenda', 'minutes', 'press_release'] as const) {
        tx.insert(schema.documents)
          .values({ meetingId: meeting.id, kind, visibility: DEFAULT_VISIBILITY[kind] })
          .run();
      }
      recordAudit(
        actor,
        { action: 'meeting.created', subjectType: 'meeting', subjectId: meeting.id, detail: input },
        tx,
      );
      return { id: meeting.id, duplicateNumber };
    },
    { behavior: 'immediate' },
  );
}

export function getMeeting(actor: Actor, meetingId: number): MeetingDetail {
  requireReader(actor, 'meetings.read', meetingId);
  const db = getDb();
  const row = db
    .select({
      meeting: schema.meetings,
      body: { id: schema.bodies.id, name: schema.bodies.name, meetingName: schema.bodies.meetingName },
    })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!row) throw notFound();
  const m = row.meeting;
  return {
    id: m.id,
    body: row.body,
    sessionNumber: m.sessionNumber,
    heldOn: m.heldOn,
    location: m.location,
    chairName: m.chairName,
    chairTitle: m.chairTitle,
    attendees: m.attendees,
    purpose: m.purpose,
    status: m.status,
    agendaItems: db
      .select({
        id: schema.agendaItems.id,
        position: schema.agendaItems.position,
        kind: schema.agendaItems.kind,
        title: schema.agendaItems.title,
        presenter: schema.agendaItems.presenter,
        notes: schema.agendaItems.notes,
        stressed: schema.agendaItems.stressed,
      })
      .from(schema.agendaItems)
      .where(eq(schema.agendaItems.meetingId, meetingId))
      .orderBy(asc(schema.agendaItems.position))
      .all(),
    decisions: db
      .select({
        id: schema.decisions.id,
        position: schema.decisions.position,
        title: schema.decisions.title,
        kind: schema.decisions.kind,
        outcome: schema.decisions.outcome,
        emphasis: schema.decisions.emphasis,
        agendaItemId: schema.decisions.agendaItemId,
      })
      .from(schema.decisions)
      .where(eq(schema.decisions.meetingId, meetingId))
      .orderBy(asc(schema.decisions.position))
      .all(),
    documents: db
      .select({
        id: schema.documents.id,
        kind: schema.documents.kind,
        workingState: schema.documents.workingState,
        publicationState: schema.documents.publicationState,
      })
      .from(schema.documents)
      .where(eq(schema.documents.meetingId, meetingId))
      .all(),
  };
}

/** The records a release is drafted from and checked against. */
export function meetingRecords(meeting: MeetingDetail): MeetingRecords {
  return {
    bodyName: meeting.body.name,
    meetingName: meeting.body.meetingName,
    sessionNumber: meeting.sessionNumber,
    heldOn: meeting.heldOn,
    chairName: meeting.chairName,
    chairTitle: meeting.chairTitle,
    purpose: meeting.purpose,
    agendaItems: meeting.agendaItems,
    decisions: meeting.decisions,
  };
}

function requireEditableMeeting(tx: Tx, meetingId: number) {
  const m = tx
    .select({ status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!m) throw notFound();
  if (m.status === 'cancelled') throw conflict('meetings.cancelled');
}

type Ordered = typeof schema.agendaItems | typeof schema.decisions;

/** The position after the last record of a meeting: new agenda items and decisions go at the end. */
function nextPosition(tx: Tx, table: Ordered, meetingId: number): number {
  const last = tx
    .select({ p: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .get();
  return (last?.p ?? 0) + 1;
}

/** A decision may only be linked to an agenda item of its own meeting. */
function requireAgendaItemOf(tx: Tx, meetingId: number, agendaItemId: number | null) {
  if (agendaItemId === null) return;
  const item = tx
    .select({ id: schema.agendaItems.id })
    .from(schema.agendaItems)
    .where(and(eq(schema.agendaItems.id, agendaItemId), eq(schema.agendaItems.meetingId, meetingId)))
    .get();
  if (!item) throw notFound('decisions.agendaItemNotFound');
}

export type AgendaItemInput = Omit<AgendaItemDto, 'id' | 'position'>;

export function addAgendaItem(actor: Actor, meetingId: number, input: AgendaItemInput): { id: number } {
  requireSecretary(actor, 'agendaItems.add', meetingId);
  return getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const item = tx
        .insert(schema.agendaItems)
        .values({ ...input, meetingId, position: nextPosition(tx, schema.agendaItems, meetingId) })
        .returning({ id: schema.agendaItems.id })
        .get();
      recordAudit(
        actor,
        {
          action: 'agendaItem.added',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: item.id, title: input.title },
        },
        tx,
      );
      return item;
    },
    { behavior: 'immediate' },
  );
}

export type DecisionInput = Omit<DecisionDto, 'id' | 'position'>;

export function addDecision(actor: Actor, meetingId: number, input: DecisionInput): { id: number } {
  requireSecretary(actor, 'decisions.add', meetingId);
  return getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      requireAgendaItemOf(tx, meetingId, input.agendaItemId);
      const decision = tx
        .insert(schema.decisions)
        .values({ ...input, meetingId, position: nextPosition(tx, schema.decisions, meetingId) })
        .returning({ id: schema.decisions.id })
        .get();
      recordAudit(
        actor,
        {
          action: 'decision.added',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: decision.id, title: input.title },
        },
        tx,
      );
      return decision;
    },
    { behavior: 'immediate' },
  );
}

export function removeAgendaItem(actor: Actor, meetingId: number, itemId: number): void {
  requireSecretary(actor, 'agendaItems.remove', meetingId);
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const removed = tx
        .delete(schema.agendaItems)
        .where(and(eq(schema.agendaItems.id, itemId), eq(schema.agendaItems.meetingId, meetingId)))
        .returning({ title: schema.agendaItems.title })
        .get();
      if (!removed) throw notFound();
      recordAudit(
        actor,
        {
          action: 'agendaItem.removed',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: itemId, title: removed.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function removeDecision(actor: Actor, meetingId: number, decisionId: number): void {
  requireSecretary(actor, 'decisions.remove', meetingId);
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const removed = tx
        .delete(schema.decisions)
        .where(and(eq(schema.decisions.id, decisionId), eq(schema.decisions.meetingId, meetingId)))
        .returning({ title: schema.decisions.title })
        .get();
      if (!removed) throw notFound();
      recordAudit(
        actor,
        {
          action: 'decision.removed',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: decisionId, title: removed.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/** Swaps a record with its neighbour above or below; the order is what the release and agenda follow. */
function move(
  actor: Actor,
  table: Ordered,
  subject: string,
  meetingId: number,
  id: number,
  direction: 'up' | 'down',
) {
  requireSecretary(actor, `${subject}.move`, meetingId);
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const rows = tx
        .select({ id: table.id, position: table.position })
        .from(table)
        .where(eq(table.meetingId, meetingId))
        .orderBy(asc(table.position))
        .all();
      const index = rows.findIndex((r) => r.id === id);
      if (index < 0) throw notFound();
      const other = rows[direction === 'up' ? index - 1 : index + 1];
      if (!other) return;
      const self = rows[index]!;
      tx.update(table).set({ position: other.position }).where(eq(table.id, self.id)).run();
      tx.update(table).set({ position: self.position }).where(eq(table.id, other.id)).run();
      recordAudit(
        actor,
        {
          action: `${subject}.moved`,
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id, direction },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export const moveAgendaItem = (actor: Actor, meetingId: number, itemId: number, direction: 'up' | 'down') =>
  move(actor, schema.agendaItems, 'agendaItem', meetingId, itemId, direction);

export const moveDecision = (actor: Actor, meetingId: number, decisionId: number, direction: 'up' | 'down') =>
  move(actor, schema.decisions, 'decision', meetingId, decisionId, direction);

export function updateAgendaItem(
  actor: Actor,
  meetingId: number,
  itemId: number,
  input: AgendaItemInput,
): void {
  requireSecretary(actor, 'agendaItems.update', meetingId);
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const updated = tx
        .update(schema.agendaItems)
        .set(input)
        .where(and(eq(schema.agendaItems.id, itemId), eq(schema.agendaItems.meetingId, meetingId)))
        .returning({ id: schema.agendaItems.id })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        {
          action: 'agendaItem.updated',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: itemId, title: input.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function updateDecision(
  actor: Actor,
  meetingId: number,
  decisionId: number,
  input: DecisionInput,
): void {
  requireSecretary(actor, 'decisions.update', meetingId);
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      requireAgendaItemOf(tx, meetingId, input.agendaItemId);
      const updated = tx
        .update(schema.decisions)
        .set(input)
        .where(and(eq(schema.decisions.id, decisionId), eq(schema.decisions.meetingId, meetingId)))
        .returning({ id: schema.decisions.id })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        {
          action: 'decision.updated',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: decisionId, title: input.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/**
 * Changes a meeting's details, its status included. A meeting is never deleted: one that did not take
 * place is cancelled, which freezes its records.
 */
export function updateMeeting(actor: Actor, meetingId: number, input: Omit<MeetingInput, 'bodyId'>): void {
  requireSecretary(actor, 'meetings.update', meetingId);
  getDb().transaction(
    (tx) => {
      const updated = tx
        .update(schema.meetings)
        .set(input)
        .where(eq(schema.meetings.id, meetingId))
        .returning({ id: schema.meetings.id })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        { action: 'meeting.updated', subjectType: 'meeting', subjectId: meetingId, detail: input },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export type MeetingHistoryEntry = {
  id: number;
  action: string;
  actorName: string | null;
  detail: string;
  createdAt: Date;
};

/** Everything done to a meeting's records and documents, newest first (the audit trail, scoped). */
export function meetingHistory(actor: Actor, meetingId: number, limit = 200): MeetingHistoryEntry[] {
  requireReader(actor, 'meetings.history', meetingId);
  const db = getDb();
  const documentIds = db
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(eq(schema.documents.meetingId, meetingId))
    .all()
    .map((d) => String(d.id));
  const events = schema.auditEvents;
  return db
    .select({
      id: events.id,
      action: events.action,
      actorName: schema.users.displayName,
      detail: events.detail,
      createdAt: events.createdAt,
    })
    .from(events)
    .leftJoin(schema.users, eq(schema.users.id, events.actorId))
    .where(
      or(
        and(eq(events.subjectType, 'meeting'), eq(events.subjectId, String(meetingId))),
        documentIds.length
          ? and(eq(events.subjectType, 'document'), inArray(events.subjectId, documentIds))
          : undefined,
      ),
    )
    .orderBy(desc(events.id))
    .limit(limit)
    .all();
}
