import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { can } from '@/domain/permissions';
import { otherLanguage, recordsIn } from '@/domain/meeting-languages';
import type { MeetingRecords } from '@/domain/release-draft';
import type {
  AgendaItemKind,
  ContentLanguage,
  DecisionKind,
  DecisionOutcome,
  DocumentKind,
  MeetingStatus,
} from '@/domain/vocabulary';
import { actorUserId, type Actor } from './actor';
import { recordAudit } from './audit';
import { invalid, notFound } from './errors';
import { authorize } from './authorize';

const DEFAULT_VISIBILITY: Record<DocumentKind, 'public' | 'internal'> = {
  agenda: 'internal',
  minutes: 'internal',
  press_release: 'public',
  policy_document: 'public',
  interpretation: 'public',
};

export type BodySummary = {
  id: number;
  name: string;
  nameZh: string;
  meetingName: string;
  meetingNameZh: string;
  originalLanguage: ContentLanguage;
};

const bodyColumns = {
  id: schema.bodies.id,
  name: schema.bodies.name,
  nameZh: schema.bodies.nameZh,
  meetingName: schema.bodies.meetingName,
  meetingNameZh: schema.bodies.meetingNameZh,
  originalLanguage: schema.bodies.originalLanguage,
};

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
  /** The state of each of its documents: agenda, minutes, a press release per language. */
  documents: {
    kind: DocumentKind;
    language: ContentLanguage;
    translationOfId: number | null;
    workingState: string;
    publicationState: string;
  }[];
};

export type AgendaItemDto = {
  id: number;
  position: number;
  kind: AgendaItemKind;
  title: string;
  titleZh: string;
  presenter: string;
  notes: string;
  stressed: string;
  stressedZh: string;
};

export type DecisionDto = {
  id: number;
  position: number;
  title: string;
  titleZh: string;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  emphasis: string;
  emphasisZh: string;
  agendaItemId: number | null;
};

export type MeetingDetail = {
  id: number;
  body: BodySummary;
  sessionNumber: number;
  heldOn: string;
  location: string;
  chairName: string;
  chairNameZh: string;
  chairTitle: string;
  chairTitleZh: string;
  attendees: string;
  purpose: string;
  purposeZh: string;
  status: MeetingStatus;
  agendaItems: AgendaItemDto[];
  decisions: DecisionDto[];
  documents: MeetingDocument[];
  /** What the page may offer the actor: the server asks again when either is used. */
  may: { editRecords: boolean; editDetails: boolean };
};

export type MeetingDocument = {
  id: number;
  kind: DocumentKind;
  language: ContentLanguage;
  /** For a translation: the original it translates. */
  translationOfId: number | null;
  workingState: string;
  publicationState: string;
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
  return getDb().select(bodyColumns).from(schema.bodies).orderBy(asc(schema.bodies.id)).all();
}

export type BodyInput = {
  name: string;
  meetingName: string;
  nameZh?: string;
  meetingNameZh?: string;
  originalLanguage: ContentLanguage;
};

export function createBody(actor: Actor, input: BodyInput): { id: number } {
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

export type BodyNames = Pick<BodyInput, 'name' | 'meetingName'> & { nameZh: string; meetingNameZh: string };

/**
 * Changes a body's names in both languages (its original language stays: it decides which of each
 * meeting's releases is the original). The original language's names may not be left empty.
 */
export function updateBodyNames(actor: Actor, bodyId: number, input: BodyNames): void {
  authorize(actor, 'bodies.manage', { attempted: 'bodies.update', type: 'body', id: bodyId });
  getDb().transaction(
    (tx) => {
      const body = tx
        .select({ originalLanguage: schema.bodies.originalLanguage })
        .from(schema.bodies)
        .where(eq(schema.bodies.id, bodyId))
        .get();
      if (!body) throw notFound();
      const [name, meetingName] =
        body.originalLanguage === 'zh'
          ? [input.nameZh, input.meetingNameZh]
          : [input.name, input.meetingName];
      if (!name.trim() || !meetingName.trim()) throw invalid('bodies.originalNamesRequired');
      tx.update(schema.bodies).set(input).where(eq(schema.bodies.id, bodyId)).run();
      recordAudit(
        actor,
        { action: 'body.updated', subjectType: 'body', subjectId: bodyId, detail: input },
        tx,
      );
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
  chairNameZh?: string;
  chairTitle: string;
  chairTitleZh?: string;
  attendees: string;
  purpose: string;
  purposeZh?: string;
  status: MeetingStatus;
};

/**
 * Creates a meeting and its documents: the agenda and the minutes in its body's original language, and a
 * press release in each language, the other language's being the translation of the original's. A
 * duplicate session number in the same year is allowed.
 */
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
    .select({ id: schema.bodies.id, originalLanguage: schema.bodies.originalLanguage })
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
  const language = body.originalLanguage;
  const [, , originalId] = (['agenda', 'minutes', 'press_release'] as const).map(
    (kind) =>
      tx
        .insert(schema.documents)
        .values({ meetingId: meeting.id, kind, language, visibility: DEFAULT_VISIBILITY[kind] })
        .returning({ id: schema.documents.id })
        .get().id,
  );
  tx.insert(schema.documents)
    .values({
      meetingId: meeting.id,
      kind: 'press_release',
      language: otherLanguage(language),
      translationOfId: originalId!,
      visibility: DEFAULT_VISIBILITY.press_release,
    })
    .run();
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
    .select({ meeting: schema.meetings, body: bodyColumns })
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
    chairNameZh: m.chairNameZh,
    chairTitle: m.chairTitle,
    chairTitleZh: m.chairTitleZh,
    attendees: m.attendees,
    purpose: m.purpose,
    purposeZh: m.purposeZh,
    status: m.status,
    agendaItems: db
      .select({
        id: schema.agendaItems.id,
        position: schema.agendaItems.position,
        kind: schema.agendaItems.kind,
        title: schema.agendaItems.title,
        titleZh: schema.agendaItems.titleZh,
        presenter: schema.agendaItems.presenter,
        notes: schema.agendaItems.notes,
        stressed: schema.agendaItems.stressed,
        stressedZh: schema.agendaItems.stressedZh,
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
        titleZh: schema.decisions.titleZh,
        kind: schema.decisions.kind,
        outcome: schema.decisions.outcome,
        emphasis: schema.decisions.emphasis,
        emphasisZh: schema.decisions.emphasisZh,
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
        language: schema.documents.language,
        translationOfId: schema.documents.translationOfId,
        workingState: schema.documents.workingState,
        publicationState: schema.documents.publicationState,
      })
      .from(schema.documents)
      // The meeting's own documents; those issued from its decisions are listed with each decision.
      .where(and(eq(schema.documents.meetingId, meetingId), isNull(schema.documents.decisionId)))
      .orderBy(asc(schema.documents.id))
      .all(),
    may: {
      editRecords: can(actor, 'records.edit', { meetingStatus: m.status }),
      editDetails: can(actor, 'meeting.update'),
    },
  };
}

/** The records a release in this language is drafted from and checked against. */
export function meetingRecords(meeting: MeetingDetail, language: ContentLanguage): MeetingRecords {
  return recordsIn(meeting, language);
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
