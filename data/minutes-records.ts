import 'server-only';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import type { MinutesRecords } from '@/domain/minutes-draft';
import type {
  AttendanceRole,
  ContentLanguage,
  DistributionKind,
  ItemConclusion,
  MinutesClassification,
} from '@/domain/vocabulary';
import { actorUserId, type Actor } from './actor';
import { recordAudit } from './audit';
import { authorize } from './authorize';
import { peopleOf, requireUnitsOf, unitsOf, type PersonDto, type UnitDto } from './body-directory';
import { invalid, notFound } from './errors';
import { requireEditableMeeting } from './meeting-guards';
import type { MeetingDetail } from './meetings';

// What the minutes record besides the agenda: who attended, what each item concluded, the work assigned on
// it (stored as follow-up items), and the units the minutes are issued to. The secretariat keeps them.

export type AttendeeDto = {
  id: number;
  role: AttendanceRole;
  personId: number | null;
  name: string;
  nameZh: string;
  title: string;
  titleZh: string;
  unitId: number | null;
  reason: string;
  reasonZh: string;
};

export type ItemOutcomeDto = {
  agendaItemId: number;
  deliberation: string;
  deliberationZh: string;
  conclusion: ItemConclusion | null;
};

export type AssignmentDto = {
  id: number;
  agendaItemId: number | null;
  task: string;
  taskZh: string;
  leadUnitId: number;
  coUnitIds: number[];
  deadline: string | null;
};

export type MinutesRecordsDto = {
  classification: MinutesClassification;
  attendance: AttendeeDto[];
  outcomes: ItemOutcomeDto[];
  assignments: AssignmentDto[];
  distribution: { unitId: number; kind: DistributionKind }[];
  /** The body's directory, to pick from. */
  units: UnitDto[];
  people: PersonDto[];
};

function meetingBody(tx: Tx | ReturnType<typeof getDb>, meetingId: number) {
  const meeting = tx
    .select({ bodyId: schema.meetings.bodyId, classification: schema.meetings.minutesClassification })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!meeting) throw notFound();
  return meeting;
}

/** The minutes' records of a meeting, for the staff who read its records. */
export function getMinutesRecords(actor: Actor, meetingId: number): MinutesRecordsDto {
  authorize(actor, 'meetings.read', { attempted: 'minutesRecords.read', type: 'meeting', id: meetingId });
  return readMinutesRecords(meetingId);
}

/** The same, for a caller that has authorized its actor already (the check of a text it was shown). */
export function readMinutesRecords(meetingId: number): MinutesRecordsDto {
  const db = getDb();
  const { bodyId, classification } = meetingBody(db, meetingId);
  const assignments = db
    .select({
      id: schema.followUpItems.id,
      agendaItemId: schema.followUpItems.agendaItemId,
      task: schema.followUpItems.task,
      taskZh: schema.followUpItems.taskZh,
      leadUnitId: schema.followUpItems.leadUnitId,
      deadline: schema.followUpItems.deadline,
    })
    .from(schema.followUpItems)
    // The minutes' assignments only: items the secretariat took later from a decision are not in them.
    .where(and(eq(schema.followUpItems.meetingId, meetingId), eq(schema.followUpItems.source, 'minutes')))
    .orderBy(asc(schema.followUpItems.position))
    .all();
  const coUnits = assignments.length
    ? db
        .select()
        .from(schema.followUpCoUnits)
        .where(
          inArray(
            schema.followUpCoUnits.itemId,
            assignments.map((a) => a.id),
          ),
        )
        .orderBy(asc(schema.followUpCoUnits.position))
        .all()
    : [];
  return {
    classification,
    attendance: db
      .select({
        id: schema.attendance.id,
        role: schema.attendance.role,
        personId: schema.attendance.personId,
        name: schema.attendance.name,
        nameZh: schema.attendance.nameZh,
        title: schema.attendance.title,
        titleZh: schema.attendance.titleZh,
        unitId: schema.attendance.unitId,
        reason: schema.attendance.reason,
        reasonZh: schema.attendance.reasonZh,
      })
      .from(schema.attendance)
      .where(eq(schema.attendance.meetingId, meetingId))
      .orderBy(asc(schema.attendance.position))
      .all(),
    outcomes: db
      .select({
        agendaItemId: schema.agendaItems.id,
        deliberation: schema.agendaItems.deliberation,
        deliberationZh: schema.agendaItems.deliberationZh,
        conclusion: schema.agendaItems.conclusion,
      })
      .from(schema.agendaItems)
      .where(eq(schema.agendaItems.meetingId, meetingId))
      .orderBy(asc(schema.agendaItems.position))
      .all(),
    assignments: assignments.map((a) => ({
      ...a,
      coUnitIds: coUnits.filter((c) => c.itemId === a.id).map((c) => c.unitId),
    })),
    distribution: db
      .select({ unitId: schema.minutesDistribution.unitId, kind: schema.minutesDistribution.kind })
      .from(schema.minutesDistribution)
      .where(eq(schema.minutesDistribution.meetingId, meetingId))
      .orderBy(asc(schema.minutesDistribution.kind), asc(schema.minutesDistribution.unitId))
      .all(),
    units: unitsOf(db, bodyId),
    people: peopleOf(db, bodyId),
  };
}

/** A value in the language written, or the other language's while its translation is missing. */
const inLanguage = (language: ContentLanguage, en: string, zh: string) =>
  (language === 'zh' ? zh : en).trim() || (language === 'zh' ? en : zh).trim();

/** The minutes' records as the drafting and the check read them, in one language. */
export function minutesRecordsIn(
  meeting: MeetingDetail,
  records: MinutesRecordsDto,
  language: ContentLanguage,
): MinutesRecords {
  const unitName = (id: number | null) => {
    const unit = records.units.find((u) => u.id === id);
    return unit ? inLanguage(language, unit.name, unit.nameZh) : '';
  };
  return {
    bodyName: inLanguage(language, meeting.body.name, meeting.body.nameZh),
    meetingName: inLanguage(language, meeting.body.meetingName, meeting.body.meetingNameZh),
    sessionNumber: meeting.sessionNumber,
    heldOn: meeting.heldOn,
    location: meeting.location,
    chairName: inLanguage(language, meeting.chairName, meeting.chairNameZh),
    chairTitle: inLanguage(language, meeting.chairTitle, meeting.chairTitleZh),
    attendance: records.attendance.map((a) => ({
      role: a.role,
      name: inLanguage(language, a.name, a.nameZh),
      title: inLanguage(language, a.title, a.titleZh),
      unit: unitName(a.unitId),
      reason: inLanguage(language, a.reason, a.reasonZh),
    })),
    items: meeting.agendaItems.map((item) => {
      const outcome = records.outcomes.find((o) => o.agendaItemId === item.id);
      return {
        title: inLanguage(language, item.title, item.titleZh),
        deliberation: outcome ? inLanguage(language, outcome.deliberation, outcome.deliberationZh) : '',
        conclusion: outcome?.conclusion ?? null,
        assignments: records.assignments
          .filter((a) => a.agendaItemId === item.id)
          .map((a) => ({
            task: inLanguage(language, a.task, a.taskZh),
            leadUnit: unitName(a.leadUnitId),
            coUnits: a.coUnitIds.map(unitName),
            deadline: a.deadline,
          })),
      };
    }),
    distribution: {
      main: records.distribution.filter((d) => d.kind === 'main').map((d) => unitName(d.unitId)),
      cc: records.distribution.filter((d) => d.kind === 'cc').map((d) => unitName(d.unitId)),
    },
  };
}

/** The writes of a minutes record, authorized and inside a transaction on a meeting still editable. */
function editRecords<T>(
  actor: Actor,
  meetingId: number,
  attempted: string,
  write: (tx: Tx, bodyId: number) => T,
): T {
  authorize(actor, 'records.edit', { attempted, type: 'meeting', id: meetingId });
  return getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      return write(tx, meetingBody(tx, meetingId).bodyId);
    },
    { behavior: 'immediate' },
  );
}

export type AttendeeInput = Omit<AttendeeDto, 'id'>;

/**
 * Adds a person to the attendance. Picked from the body's people, their name, title and unit are copied
 * (what the record says of the day); a guest's are typed. A name is needed in one language at least.
 */
export function addAttendee(actor: Actor, meetingId: number, input: AttendeeInput): { id: number } {
  return editRecords(actor, meetingId, 'attendance.add', (tx, bodyId) => {
    let values = input;
    if (input.personId !== null) {
      const person = tx
        .select()
        .from(schema.people)
        .where(and(eq(schema.people.id, input.personId), eq(schema.people.bodyId, bodyId)))
        .get();
      if (!person) throw invalid('attendance.personNotOfBody');
      values = {
        ...input,
        name: input.name.trim() || person.name,
        nameZh: input.nameZh.trim() || person.nameZh,
        title: input.title.trim() || person.title,
        titleZh: input.titleZh.trim() || person.titleZh,
        unitId: input.unitId ?? person.unitId,
      };
    }
    if (!values.name.trim() && !values.nameZh.trim()) throw invalid('validation.eitherLanguage');
    if (values.unitId !== null) requireUnitsOf(tx, bodyId, [values.unitId]);
    const last = tx
      .select({ p: max(schema.attendance.position) })
      .from(schema.attendance)
      .where(eq(schema.attendance.meetingId, meetingId))
      .get();
    const row = tx
      .insert(schema.attendance)
      .values({ ...values, meetingId, position: (last?.p ?? 0) + 1 })
      .returning({ id: schema.attendance.id })
      .get();
    recordAudit(
      actor,
      {
        action: 'attendance.added',
        subjectType: 'meeting',
        subjectId: meetingId,
        detail: { id: row.id, role: values.role, name: values.nameZh || values.name },
      },
      tx,
    );
    return row;
  });
}

export function removeAttendee(actor: Actor, meetingId: number, attendeeId: number): void {
  editRecords(actor, meetingId, 'attendance.remove', (tx) => {
    const removed = tx
      .delete(schema.attendance)
      .where(and(eq(schema.attendance.id, attendeeId), eq(schema.attendance.meetingId, meetingId)))
      .returning({ name: schema.attendance.name, nameZh: schema.attendance.nameZh })
      .get();
    if (!removed) throw notFound();
    recordAudit(
      actor,
      {
        action: 'attendance.removed',
        subjectType: 'meeting',
        subjectId: meetingId,
        detail: { id: attendeeId, name: removed.nameZh || removed.name },
      },
      tx,
    );
  });
}

/** What was deliberated on an agenda item and what the meeting concluded. */
export function recordItemOutcome(actor: Actor, meetingId: number, input: ItemOutcomeDto): void {
  editRecords(actor, meetingId, 'agendaItems.outcome', (tx) => {
    const { agendaItemId, ...outcome } = input;
    const updated = tx
      .update(schema.agendaItems)
      .set(outcome)
      .where(and(eq(schema.agendaItems.id, agendaItemId), eq(schema.agendaItems.meetingId, meetingId)))
      .returning({ id: schema.agendaItems.id })
      .get();
    if (!updated) throw notFound();
    recordAudit(
      actor,
      { action: 'agendaItem.outcome', subjectType: 'meeting', subjectId: meetingId, detail: input },
      tx,
    );
  });
}

export type AssignmentInput = Omit<AssignmentDto, 'id'>;

/** Work the meeting assigned on an agenda item: a follow-up item with its lead and co-operating units. */
export function addAssignment(actor: Actor, meetingId: number, input: AssignmentInput): { id: number } {
  return editRecords(actor, meetingId, 'assignments.add', (tx, bodyId) => {
    if (!input.task.trim() && !input.taskZh.trim()) throw invalid('validation.eitherLanguage');
    const coUnitIds = [...new Set(input.coUnitIds)].filter((id) => id !== input.leadUnitId);
    requireUnitsOf(tx, bodyId, [input.leadUnitId, ...coUnitIds]);
    if (input.agendaItemId !== null) {
      const item = tx
        .select({ id: schema.agendaItems.id })
        .from(schema.agendaItems)
        .where(
          and(eq(schema.agendaItems.id, input.agendaItemId), eq(schema.agendaItems.meetingId, meetingId)),
        )
        .get();
      if (!item) throw notFound('decisions.agendaItemNotFound');
    }
    const last = tx
      .select({ p: max(schema.followUpItems.position) })
      .from(schema.followUpItems)
      .where(eq(schema.followUpItems.meetingId, meetingId))
      .get();
    const row = tx
      .insert(schema.followUpItems)
      .values({
        meetingId,
        agendaItemId: input.agendaItemId,
        task: input.task,
        taskZh: input.taskZh,
        leadUnitId: input.leadUnitId,
        deadline: input.deadline,
        position: (last?.p ?? 0) + 1,
        createdBy: actorUserId(actor),
      })
      .returning({ id: schema.followUpItems.id })
      .get();
    if (coUnitIds.length > 0)
      tx.insert(schema.followUpCoUnits)
        .values(coUnitIds.map((unitId, i) => ({ itemId: row.id, unitId, position: i + 1 })))
        .run();
    recordAudit(
      actor,
      {
        action: 'assignment.added',
        subjectType: 'meeting',
        subjectId: meetingId,
        detail: { id: row.id, ...input, coUnitIds },
      },
      tx,
    );
    return row;
  });
}

export function removeAssignment(actor: Actor, meetingId: number, assignmentId: number): void {
  editRecords(actor, meetingId, 'assignments.remove', (tx) => {
    const removed = tx
      .delete(schema.followUpItems)
      .where(
        and(
          eq(schema.followUpItems.id, assignmentId),
          eq(schema.followUpItems.meetingId, meetingId),
          eq(schema.followUpItems.source, 'minutes'),
        ),
      )
      .returning({ task: schema.followUpItems.task, taskZh: schema.followUpItems.taskZh })
      .get();
    if (!removed) throw notFound();
    recordAudit(
      actor,
      {
        action: 'assignment.removed',
        subjectType: 'meeting',
        subjectId: meetingId,
        detail: { id: assignmentId, task: removed.taskZh || removed.task },
      },
      tx,
    );
  });
}

export type DistributionInput = {
  classification: MinutesClassification;
  main: number[];
  cc: number[];
};

/** The units the minutes are issued to, replacing the list, and how closely they are held. */
export function setMinutesDistribution(actor: Actor, meetingId: number, input: DistributionInput): void {
  editRecords(actor, meetingId, 'minutesDistribution.set', (tx, bodyId) => {
    const main = [...new Set(input.main)];
    const cc = [...new Set(input.cc)];
    if (main.some((id) => cc.includes(id))) throw invalid('distribution.bothKinds');
    requireUnitsOf(tx, bodyId, [...main, ...cc]);
    tx.delete(schema.minutesDistribution).where(eq(schema.minutesDistribution.meetingId, meetingId)).run();
    const rows = [
      ...main.map((unitId) => ({ meetingId, unitId, kind: 'main' as const })),
      ...cc.map((unitId) => ({ meetingId, unitId, kind: 'cc' as const })),
    ];
    if (rows.length > 0) tx.insert(schema.minutesDistribution).values(rows).run();
    tx.update(schema.meetings)
      .set({ minutesClassification: input.classification })
      .where(eq(schema.meetings.id, meetingId))
      .run();
    recordAudit(
      actor,
      {
        action: 'minutesDistribution.set',
        subjectType: 'meeting',
        subjectId: meetingId,
        detail: { classification: input.classification, main, cc },
      },
      tx,
    );
  });
}
