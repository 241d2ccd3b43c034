import 'server-only';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { can } from '@/domain/permissions';
import type { MeetingRecords } from '@/domain/release-draft';
import type {
  AgendaItemKind,
  DecisionKind,
  DecisionOutcome,
  DocumentKind,
  MeetingStatus,
} from '@/domain/vocabulary';
import { actorUserId, type Actor } from './actor';
import { recordAudit } from './audit';
import { notFound } from './errors';
import { authorize } from './authorize';

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
  /** What the page may offer the actor: the server asks again when either is used. */
  may: { editRecords: boolean; editDetails: boolean };
};

export function listBodies(actor: Actor): BodySummary[] {
  authorize(actor, 'meetings.read', { attempted: 'bodies.list', type: 'meeting' });
  return selectBodies();
}

/** The bodies, for the administrator's page (their names are public in every release anyway). */
export function listAllBodies(actor: Actor): BodySummary[] {
  authorize(actor, 'bodies.manage', { attempted: 'bodies.list', type: 'body' });
  return selectBodies();
}

function selectBodies(): BodySummary[] {
  return getDb()
    .select({ id: schema.bodies.id, name: schema.bodies.name, meetingName: schema.bodies.meetingName })
    .from(schema.bodies)
    .orderBy(asc(schema.bodies.id))
    .all();
}

export function createBody(actor: Actor, input: { name: string; meetingName: string }): { id: number } {
  authorize(actor, 'bodies.manage', { attempted: 'bodies.create', type: 'body' });
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
  authorize(actor, 'meetings.read', { attempted: 'meetings.suggestNumber', type: 'meeting' });
  const latest = getDb()
    .select({ n: schema.meetings.sessionNumber })
    .from(schema.meetings)
    .where(eq(schema.meetings.bodyId, bodyId))
    .orderBy(desc(schema.meetings.heldOn), desc(schema.meetings.id))
    .limit(1)
    .get();
  return (latest?.n ?? 0) + 1;
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
  authorize(actor, 'meeting.create', { attempted: 'meetings.create', type: 'meeting' });
  return getDb().transaction((tx) => insertMeeting(tx, actor, input), { behavior: 'immediate' });
}

/**
 * The writes of creating a meeting, inside the caller's transaction: for callers that have authorized
 * the actor themselves and write more in the same transaction (the import of a published release).
 */
export function insertMeeting(
  tx: Tx,
  actor: Actor,
  input: MeetingInput,
): { id: number; duplicateNumber: boolean } {
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
}

export function getMeeting(actor: Actor, meetingId: number): MeetingDetail {
  authorize(actor, 'meetings.read', { attempted: 'meetings.read', type: 'meeting', id: meetingId });
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
    may: {
      editRecords: can(actor, 'records.edit', { meetingStatus: m.status }),
      editDetails: can(actor, 'meeting.update'),
    },
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

/**
 * Changes a meeting's details, its status included. A meeting is never deleted: one that did not take
 * place is cancelled, which freezes its records.
 */
export function updateMeeting(actor: Actor, meetingId: number, input: Omit<MeetingInput, 'bodyId'>): void {
  authorize(actor, 'meeting.update', { attempted: 'meetings.update', type: 'meeting', id: meetingId });
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
  authorize(actor, 'meetings.read', { attempted: 'meetings.history', type: 'meeting', id: meetingId });
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
