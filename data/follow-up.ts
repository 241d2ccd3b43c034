import 'server-only';
import { and, asc, desc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import { can } from '@/domain/permissions';
import {
  mayAct,
  statusOf,
  todayIn,
  type FollowUpEventKind,
  type FollowUpSource,
  type FollowUpState,
  type FollowUpStatus,
  type ReportCycle,
} from '@/domain/follow-up';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { notFound } from './errors';
import { getSiteSettings } from './site-settings';

// The follow-up register (督办台账): what meetings assigned, to which units, by when, and how it stands.

export const FOLLOW_UP_PAGE_SIZE = 25;

export type FollowUpRowDto = {
  id: number;
  meetingId: number;
  sessionNumber: number;
  heldOn: string;
  task: string;
  taskZh: string;
  leadUnit: { id: number; name: string; nameZh: string };
  coUnits: { id: number; name: string; nameZh: string }[];
  deadline: string | null;
  state: FollowUpState;
  status: FollowUpStatus;
  percent: number | null;
  disclosed: boolean;
};

export type FollowUpFilter = {
  status?: FollowUpStatus;
  unitId?: number;
  meetingId?: number;
  page?: number;
};

/** The unit a liaison speaks for, or null (anyone else, or a liaison not yet given a unit). */
export function unitOfActor(db: Db | Tx, actor: Actor): number | null {
  if (actor.kind !== 'user' || !actor.roles.includes('unit_liaison')) return null;
  return (
    db
      .select({ unitId: schema.users.unitId })
      .from(schema.users)
      .where(eq(schema.users.id, actor.userId))
      .get()?.unitId ?? null
  );
}

const items = schema.followUpItems;

/** Items the unit leads or co-operates on. */
export const involvingUnit = (db: Db | Tx, unitId: number): SQL =>
  or(
    eq(items.leadUnitId, unitId),
    exists(
      db
        .select({ one: sql`1` })
        .from(schema.followUpCoUnits)
        .where(and(eq(schema.followUpCoUnits.itemId, items.id), eq(schema.followUpCoUnits.unitId, unitId))),
    ),
  )!;

/** The SQL condition of a shown status on a given day (overdue is open and past its deadline). */
export function statusCondition(status: FollowUpStatus, today: string): SQL {
  const open = inArray(items.state, ['not_started', 'in_progress']);
  const late = sql`${items.deadline} is not null and ${items.deadline} < ${today}`;
  switch (status) {
    case 'overdue':
      return and(open, late)!;
    case 'not_started':
    case 'in_progress':
      return and(eq(items.state, status), sql`not (${late})`)!;
    default:
      return eq(items.state, status);
  }
}

/** The register: every item for the secretariat and leaders; a liaison's unit's items only. */
export function listFollowUp(
  actor: Actor,
  filter: FollowUpFilter,
  when: { now?: Date } = {},
): { rows: FollowUpRowDto[]; total: number; page: number; pageCount: number } {
  authorize(actor, 'followUp.read', { attempted: 'followUp.list', type: 'followUp' });
  const db = getDb();
  const today = todayIn(when.now ?? new Date(), getSiteSettings().timeZone);
  const conditions: SQL[] = [];
  if (!can(actor, 'followUp.readItem', { followUp: { actorUnitInvolved: false } })) {
    const unitId = unitOfActor(db, actor);
    conditions.push(unitId === null ? sql`0` : involvingUnit(db, unitId));
  }
  if (filter.status) conditions.push(statusCondition(filter.status, today));
  if (filter.unitId) conditions.push(involvingUnit(db, filter.unitId));
  if (filter.meetingId) conditions.push(eq(items.meetingId, filter.meetingId));
  const where = conditions.length ? and(...conditions) : undefined;
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(items)
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / FOLLOW_UP_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = db
    .select({
      id: items.id,
      meetingId: items.meetingId,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      task: items.task,
      taskZh: items.taskZh,
      leadUnitId: items.leadUnitId,
      leadName: schema.units.name,
      leadNameZh: schema.units.nameZh,
      deadline: items.deadline,
      state: items.state,
      percent: items.percent,
      disclosed: items.disclosed,
    })
    .from(items)
    .innerJoin(schema.meetings, eq(schema.meetings.id, items.meetingId))
    .innerJoin(schema.units, eq(schema.units.id, items.leadUnitId))
    .where(where)
    .orderBy(desc(schema.meetings.heldOn), asc(items.position), asc(items.id))
    .limit(FOLLOW_UP_PAGE_SIZE)
    .offset((page - 1) * FOLLOW_UP_PAGE_SIZE)
    .all();
  const co = coUnitsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      sessionNumber: r.sessionNumber,
      heldOn: r.heldOn,
      task: r.task,
      taskZh: r.taskZh,
      leadUnit: { id: r.leadUnitId, name: r.leadName, nameZh: r.leadNameZh },
      coUnits: co.get(r.id) ?? [],
      deadline: r.deadline,
      state: r.state,
      status: statusOf(r.state, r.deadline, today),
      percent: r.percent,
      disclosed: r.disclosed,
    })),
    total,
    page,
    pageCount,
  };
}

export function coUnitsOf(db: Db | Tx, itemIds: number[]) {
  const byItem = new Map<number, { id: number; name: string; nameZh: string }[]>();
  if (itemIds.length === 0) return byItem;
  const rows = db
    .select({
      itemId: schema.followUpCoUnits.itemId,
      id: schema.units.id,
      name: schema.units.name,
      nameZh: schema.units.nameZh,
    })
    .from(schema.followUpCoUnits)
    .innerJoin(schema.units, eq(schema.units.id, schema.followUpCoUnits.unitId))
    .where(inArray(schema.followUpCoUnits.itemId, itemIds))
    .orderBy(asc(schema.followUpCoUnits.position))
    .all();
  for (const { itemId, ...unit } of rows) byItem.set(itemId, [...(byItem.get(itemId) ?? []), unit]);
  return byItem;
}

export type FollowUpEventDto = {
  id: number;
  kind: FollowUpEventKind;
  text: string;
  percent: number | null;
  milestone: string;
  requestedDeadline: string | null;
  previousDeadline: string | null;
  actorName: string | null;
  createdAt: Date;
};

export type FollowUpItemDto = FollowUpRowDto & {
  bodyId: number;
  source: FollowUpSource;
  responsibleLeader: string;
  reportCycle: ReportCycle;
  cancelReason: string;
  events: FollowUpEventDto[];
  /** The extension asked for and not yet answered, if any. */
  pendingExtension: FollowUpEventDto | null;
  /** Whether a completion report waits for the secretariat's confirmation. */
  completionReported: boolean;
  may: {
    manage: boolean;
    report: boolean;
    requestExtension: boolean;
    decideExtension: boolean;
    confirmCompletion: boolean;
    cancel: boolean;
  };
};

/** The facts the permission rule needs about one item and the actor. */
export function itemSubject(db: Db | Tx, actor: Actor, itemId: number) {
  const item = db.select({ leadUnitId: items.leadUnitId }).from(items).where(eq(items.id, itemId)).get();
  if (!item) throw notFound();
  const unitId = unitOfActor(db, actor);
  const involved =
    unitId !== null &&
    (item.leadUnitId === unitId ||
      db
        .select({ one: sql`1` })
        .from(schema.followUpCoUnits)
        .where(and(eq(schema.followUpCoUnits.itemId, itemId), eq(schema.followUpCoUnits.unitId, unitId)))
        .get() !== undefined);
  return { followUp: { actorUnitInvolved: involved } };
}

/** The status of the item's meeting: a cancelled meeting's follow-up is frozen. */
export function itemMeetingStatus(db: Db | Tx, itemId: number) {
  const row = db
    .select({ status: schema.meetings.status })
    .from(items)
    .innerJoin(schema.meetings, eq(schema.meetings.id, items.meetingId))
    .where(eq(items.id, itemId))
    .get();
  if (!row) throw notFound();
  return { meetingStatus: row.status };
}

/** Whether an extension was asked and not yet answered: the latest of the three kinds is a request. */
export function pendingExtensionOf<E extends { kind: FollowUpEventKind }>(events: E[]): E | null {
  const last = [...events]
    .reverse()
    .find((e) => ['extension_requested', 'extension_accepted', 'extension_refused'].includes(e.kind));
  return last?.kind === 'extension_requested' ? last : null;
}

export function completionReportedOf(events: { kind: FollowUpEventKind }[]) {
  const last = [...events].reverse().find((e) => e.kind === 'report' || e.kind === 'completion_reported');
  return last?.kind === 'completion_reported';
}

export function getFollowUpItem(actor: Actor, itemId: number, when: { now?: Date } = {}): FollowUpItemDto {
  const db = getDb();
  const subject = itemSubject(db, actor, itemId);
  authorize(actor, 'followUp.readItem', {
    attempted: 'followUp.read',
    type: 'followUp',
    id: itemId,
    ...subject,
  });
  const today = todayIn(when.now ?? new Date(), getSiteSettings().timeZone);
  const r = db
    .select({
      id: items.id,
      meetingId: items.meetingId,
      bodyId: schema.meetings.bodyId,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      task: items.task,
      taskZh: items.taskZh,
      leadUnitId: items.leadUnitId,
      leadName: schema.units.name,
      leadNameZh: schema.units.nameZh,
      deadline: items.deadline,
      state: items.state,
      percent: items.percent,
      disclosed: items.disclosed,
      source: items.source,
      responsibleLeader: items.responsibleLeader,
      reportCycle: items.reportCycle,
      cancelReason: items.cancelReason,
    })
    .from(items)
    .innerJoin(schema.meetings, eq(schema.meetings.id, items.meetingId))
    .innerJoin(schema.units, eq(schema.units.id, items.leadUnitId))
    .where(eq(items.id, itemId))
    .get();
  if (!r) throw notFound();
  const events = db
    .select({
      id: schema.followUpEvents.id,
      kind: schema.followUpEvents.kind,
      text: schema.followUpEvents.text,
      percent: schema.followUpEvents.percent,
      milestone: schema.followUpEvents.milestone,
      requestedDeadline: schema.followUpEvents.requestedDeadline,
      previousDeadline: schema.followUpEvents.previousDeadline,
      actorName: schema.users.displayName,
      createdAt: schema.followUpEvents.createdAt,
    })
    .from(schema.followUpEvents)
    .leftJoin(schema.users, eq(schema.users.id, schema.followUpEvents.actorId))
    .where(eq(schema.followUpEvents.itemId, itemId))
    .orderBy(asc(schema.followUpEvents.id))
    .all();
  const pending = pendingExtensionOf(events);
  const manage = can(actor, 'followUp.manage', itemMeetingStatus(db, itemId));
  const report = can(actor, 'followUp.report', subject);
  return {
    id: r.id,
    meetingId: r.meetingId,
    bodyId: r.bodyId,
    sessionNumber: r.sessionNumber,
    heldOn: r.heldOn,
    task: r.task,
    taskZh: r.taskZh,
    leadUnit: { id: r.leadUnitId, name: r.leadName, nameZh: r.leadNameZh },
    coUnits: coUnitsOf(db, [r.id]).get(r.id) ?? [],
    deadline: r.deadline,
    state: r.state,
    status: statusOf(r.state, r.deadline, today),
    percent: r.percent,
    disclosed: r.disclosed,
    source: r.source,
    responsibleLeader: r.responsibleLeader,
    reportCycle: r.reportCycle,
    cancelReason: r.cancelReason,
    events,
    pendingExtension: pending,
    completionReported: completionReportedOf(events),
    may: {
      manage,
      report: report && mayAct('report', r.state, pending !== null),
      requestExtension: report && mayAct('request_extension', r.state, pending !== null),
      decideExtension: manage && mayAct('decide_extension', r.state, pending !== null),
      confirmCompletion: manage && mayAct('confirm_completion', r.state, pending !== null),
      cancel: manage && mayAct('cancel', r.state, pending !== null),
    },
  };
}

/** What the register's filters offer: the units and meetings that have items (a liaison: none to pick). */
export function followUpFilterOptions(actor: Actor) {
  authorize(actor, 'followUp.read', { attempted: 'followUp.list', type: 'followUp' });
  const db = getDb();
  if (!can(actor, 'followUp.readItem', { followUp: { actorUnitInvolved: false } }))
    return { units: [], meetings: [] };
  const units = db
    .selectDistinct({ id: schema.units.id, name: schema.units.name, nameZh: schema.units.nameZh })
    .from(schema.units)
    .innerJoin(items, eq(items.leadUnitId, schema.units.id))
    .orderBy(asc(schema.units.id))
    .all();
  const meetings = db
    .selectDistinct({
      id: schema.meetings.id,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
    })
    .from(schema.meetings)
    .innerJoin(items, eq(items.meetingId, schema.meetings.id))
    .orderBy(desc(schema.meetings.heldOn))
    .limit(200)
    .all();
  return { units, meetings };
}

/** What a new item of the meeting may be taken from, and the units of its body to assign it to. */
export function followUpSources(actor: Actor, meetingId: number) {
  authorize(actor, 'followUp.manage', { attempted: 'followUp.create', type: 'meeting', id: meetingId });
  const db = getDb();
  const meeting = db
    .select({ bodyId: schema.meetings.bodyId, status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!meeting) throw notFound();
  const decisions = db
    .select({ id: schema.decisions.id, title: schema.decisions.title, titleZh: schema.decisions.titleZh })
    .from(schema.decisions)
    .where(eq(schema.decisions.meetingId, meetingId))
    .orderBy(asc(schema.decisions.position))
    .all();
  const agendaItems = db
    .select({
      id: schema.agendaItems.id,
      title: schema.agendaItems.title,
      titleZh: schema.agendaItems.titleZh,
    })
    .from(schema.agendaItems)
    .where(eq(schema.agendaItems.meetingId, meetingId))
    .orderBy(asc(schema.agendaItems.position))
    .all();
  const units = db
    .select({ id: schema.units.id, name: schema.units.name, nameZh: schema.units.nameZh })
    .from(schema.units)
    .where(eq(schema.units.bodyId, meeting.bodyId))
    .orderBy(asc(schema.units.id))
    .all();
  return { decisions, agendaItems, units, cancelled: meeting.status === 'cancelled' };
}

/** A meeting's open items and what the notice names, in the requested language (English values or Chinese). */
export function noticeSource(actor: Actor, meetingId: number, language: 'zh' | 'en') {
  authorize(actor, 'followUp.manage', { attempted: 'followUp.notice', type: 'meeting', id: meetingId });
  const db = getDb();
  const meeting = db
    .select({
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      bodyName: schema.bodies.name,
      bodyNameZh: schema.bodies.nameZh,
      meetingName: schema.bodies.meetingName,
      meetingNameZh: schema.bodies.meetingNameZh,
      originalLanguage: schema.bodies.originalLanguage,
    })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!meeting) throw notFound();
  const zh = language === 'zh';
  const rows = db
    .select({
      id: items.id,
      task: items.task,
      taskZh: items.taskZh,
      leadName: schema.units.name,
      leadNameZh: schema.units.nameZh,
      deadline: items.deadline,
      reportCycle: items.reportCycle,
    })
    .from(items)
    .innerJoin(schema.units, eq(schema.units.id, items.leadUnitId))
    .where(and(eq(items.meetingId, meetingId), inArray(items.state, ['not_started', 'in_progress'])))
    .orderBy(asc(items.position), asc(items.id))
    .all();
  const co = coUnitsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    originalLanguage: meeting.originalLanguage,
    input: {
      language,
      bodyName: zh ? meeting.bodyNameZh || meeting.bodyName : meeting.bodyName,
      meetingName: zh ? meeting.meetingNameZh || meeting.meetingName : meeting.meetingName,
      sessionNumber: meeting.sessionNumber,
      heldOn: meeting.heldOn,
      items: rows.map((r) => ({
        task: (zh ? r.taskZh : r.task) || r.task || r.taskZh,
        leadUnit: (zh ? r.leadNameZh : r.leadName) || r.leadName || r.leadNameZh,
        coUnits: (co.get(r.id) ?? []).map((u) => (zh ? u.nameZh : u.name) || u.name || u.nameZh),
        deadline: r.deadline,
        reportCycle: r.reportCycle,
      })),
    },
  };
}
