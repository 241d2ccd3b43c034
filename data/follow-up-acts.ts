import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import {
  mayAct,
  stateAfterReport,
  todayIn,
  validExtension,
  type FollowUpAct,
  type FollowUpEventKind,
  type ReportCycle,
} from '@/domain/follow-up';
import { actorUserId, type Actor } from './actor';
import { recordAudit } from './audit';
import { authorize } from './authorize';
import { requireUnitsOf } from './body-directory';
import { conflict, invalid, notFound } from './errors';
import { itemMeetingStatus, itemSubject, pendingExtensionOf } from './follow-up';
import { requireEditableMeeting } from './meeting-guards';
import { recordPurge } from './cache-purges';
import { cacheTagsAfterMeetingPagesChange } from './revalidate-after';
import { getSiteSettings } from './site-settings';

// Every change to a follow-up item: one transaction that writes the item, its history and the audit log.

const items = schema.followUpItems;

export type NewFollowUpItem = {
  meetingId: number;
  /** The decision or agenda item it is taken from (a decision names its agenda item too). */
  from: { decisionId: number } | { agendaItemId: number };
  task: string;
  taskZh: string;
  leadUnitId: number;
  coUnitIds: number[];
  deadline: string | null;
  responsibleLeader: string;
  reportCycle: ReportCycle;
  disclosed: boolean;
};

function addEvent(
  tx: Tx,
  actor: Actor,
  itemId: number,
  kind: FollowUpEventKind,
  fields: Partial<typeof schema.followUpEvents.$inferInsert> = {},
  now?: Date,
) {
  // Its public progress (when disclosed, or no longer) shows on pages a shared cache may keep.
  const { meetingId } = tx
    .select({ meetingId: items.meetingId })
    .from(items)
    .where(eq(items.id, itemId))
    .get()!;
  recordPurge(tx, cacheTagsAfterMeetingPagesChange(tx, meetingId), `followUp.${kind}`);
  return tx
    .insert(schema.followUpEvents)
    .values({ itemId, kind, actorId: actorUserId(actor), ...fields, ...(now ? { createdAt: now } : {}) })
    .returning({ id: schema.followUpEvents.id })
    .get();
}

/** The secretariat takes a follow-up item from a decision or an agenda item of the meeting. */
export function createFollowUpItem(actor: Actor, input: NewFollowUpItem, when: { now?: Date } = {}) {
  const meeting = getDb()
    .select({ status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, input.meetingId))
    .get();
  authorize(actor, 'followUp.manage', {
    attempted: 'followUp.create',
    type: 'meeting',
    id: input.meetingId,
    meetingStatus: meeting?.status,
  });
  if (!meeting) throw notFound();
  if (!input.task.trim() && !input.taskZh.trim()) throw invalid('validation.eitherLanguage');
  return getDb().transaction((tx) => {
    requireEditableMeeting(tx, input.meetingId);
    const meeting = tx
      .select({ bodyId: schema.meetings.bodyId })
      .from(schema.meetings)
      .where(eq(schema.meetings.id, input.meetingId))
      .get();
    if (!meeting) throw notFound();
    const coUnitIds = [...new Set(input.coUnitIds)].filter((id) => id !== input.leadUnitId);
    requireUnitsOf(tx, meeting.bodyId, [input.leadUnitId, ...coUnitIds]);
    let agendaItemId: number | null = null;
    let decisionId: number | null = null;
    if ('decisionId' in input.from) {
      const decision = tx
        .select({ id: schema.decisions.id, agendaItemId: schema.decisions.agendaItemId })
        .from(schema.decisions)
        .where(
          and(
            eq(schema.decisions.id, input.from.decisionId),
            eq(schema.decisions.meetingId, input.meetingId),
          ),
        )
        .get();
      if (!decision) throw notFound('followUp.sourceNotFound');
      decisionId = decision.id;
      agendaItemId = decision.agendaItemId;
    } else {
      const item = tx
        .select({ id: schema.agendaItems.id })
        .from(schema.agendaItems)
        .where(
          and(
            eq(schema.agendaItems.id, input.from.agendaItemId),
            eq(schema.agendaItems.meetingId, input.meetingId),
          ),
        )
        .get();
      if (!item) throw notFound('followUp.sourceNotFound');
      agendaItemId = item.id;
    }
    const last = tx
      .select({ p: max(items.position) })
      .from(items)
      .where(eq(items.meetingId, input.meetingId))
      .get();
    const row = tx
      .insert(items)
      .values({
        meetingId: input.meetingId,
        agendaItemId,
        decisionId,
        source: decisionId !== null ? 'decision' : 'agenda_item',
        task: input.task,
        taskZh: input.taskZh,
        leadUnitId: input.leadUnitId,
        deadline: input.deadline,
        responsibleLeader: input.responsibleLeader,
        reportCycle: input.reportCycle,
        disclosed: input.disclosed,
        position: (last?.p ?? 0) + 1,
        createdBy: actorUserId(actor),
        ...(when.now ? { createdAt: when.now } : {}),
      })
      .returning({ id: items.id })
      .get();
    if (coUnitIds.length > 0)
      tx.insert(schema.followUpCoUnits)
        .values(coUnitIds.map((unitId, i) => ({ itemId: row.id, unitId, position: i + 1 })))
        .run();
    addEvent(tx, actor, row.id, 'created', {}, when.now);
    recordAudit(
      actor,
      {
        action: 'followUp.created',
        subjectType: 'followUp',
        subjectId: row.id,
        detail: { ...input, coUnitIds },
      },
      tx,
    );
    return row;
  });
}

/** Reads the item inside the transaction and checks the act is allowed in its state. */
function openFor(tx: Tx, itemId: number, act: FollowUpAct) {
  const item = tx.select().from(items).where(eq(items.id, itemId)).get();
  if (!item) throw notFound();
  const events = tx
    .select({ kind: schema.followUpEvents.kind, requestedDeadline: schema.followUpEvents.requestedDeadline })
    .from(schema.followUpEvents)
    .where(eq(schema.followUpEvents.itemId, itemId))
    .orderBy(asc(schema.followUpEvents.id))
    .all();
  const pending = pendingExtensionOf(events);
  if (!mayAct(act, item.state, pending !== null)) throw conflict(`followUp.notAllowed.${act}`);
  return { item, pending };
}

export type FollowUpSettings = { responsibleLeader: string; reportCycle: ReportCycle; disclosed: boolean };

/** The secretariat sets who answers for an item, its report cycle, and whether the public sees it. */
export function updateFollowUpSettings(actor: Actor, itemId: number, input: FollowUpSettings) {
  authorize(actor, 'followUp.manage', {
    attempted: 'followUp.update',
    type: 'followUp',
    id: itemId,
    ...itemMeetingStatus(getDb(), itemId),
  });
  getDb().transaction((tx) => {
    const item = tx.select({ id: items.id }).from(items).where(eq(items.id, itemId)).get();
    if (!item) throw notFound();
    tx.update(items).set(input).where(eq(items.id, itemId)).run();
    addEvent(tx, actor, itemId, 'updated');
    recordAudit(
      actor,
      { action: 'followUp.updated', subjectType: 'followUp', subjectId: itemId, detail: input },
      tx,
    );
  });
}

export type ProgressReport = { text: string; percent: number | null; milestone: string; complete: boolean };

/** A unit's progress report; with `complete`, the unit reports the work done for the secretariat to confirm. */
export function fileProgressReport(
  actor: Actor,
  itemId: number,
  input: ProgressReport,
  when: { now?: Date } = {},
): { reportId: number } {
  const db = getDb();
  authorize(actor, 'followUp.report', {
    attempted: 'followUp.report',
    type: 'followUp',
    id: itemId,
    ...itemSubject(db, actor, itemId),
  });
  if (!input.text.trim()) throw invalid('followUp.reportTextRequired');
  const now = when.now ?? new Date();
  return db.transaction((tx) => {
    const { item } = openFor(tx, itemId, 'report');
    const event = addEvent(
      tx,
      actor,
      itemId,
      input.complete ? 'completion_reported' : 'report',
      { text: input.text, percent: input.complete ? 100 : input.percent, milestone: input.milestone },
      now,
    );
    tx.update(items)
      .set({
        state: stateAfterReport(item.state),
        percent: input.complete ? 100 : (input.percent ?? item.percent),
        lastReportAt: now,
      })
      .where(eq(items.id, itemId))
      .run();
    recordAudit(
      actor,
      {
        action: 'followUp.reported',
        subjectType: 'followUp',
        subjectId: itemId,
        detail: { ...input, reportId: event.id },
      },
      tx,
    );
    return { reportId: event.id };
  });
}

/** A unit asks for a later deadline, with its reason. */
export function requestExtension(
  actor: Actor,
  itemId: number,
  input: { deadline: string; reason: string },
  when: { now?: Date } = {},
) {
  const db = getDb();
  authorize(actor, 'followUp.report', {
    attempted: 'followUp.requestExtension',
    type: 'followUp',
    id: itemId,
    ...itemSubject(db, actor, itemId),
  });
  if (!input.reason.trim()) throw invalid('followUp.reasonRequired');
  const today = todayIn(when.now ?? new Date(), getSiteSettings().timeZone);
  db.transaction((tx) => {
    const { item } = openFor(tx, itemId, 'request_extension');
    if (!validExtension(item.deadline, input.deadline, today)) throw invalid('followUp.extensionNotLater');
    addEvent(tx, actor, itemId, 'extension_requested', {
      text: input.reason,
      requestedDeadline: input.deadline,
      previousDeadline: item.deadline,
    });
    recordAudit(
      actor,
      { action: 'followUp.extensionRequested', subjectType: 'followUp', subjectId: itemId, detail: input },
      tx,
    );
  });
}

/** The secretariat accepts (the deadline moves, the old one kept in the history) or refuses an extension. */
export function decideExtension(actor: Actor, itemId: number, input: { accept: boolean; comment: string }) {
  authorize(actor, 'followUp.manage', {
    attempted: 'followUp.decideExtension',
    type: 'followUp',
    id: itemId,
    ...itemMeetingStatus(getDb(), itemId),
  });
  getDb().transaction((tx) => {
    const { item, pending } = openFor(tx, itemId, 'decide_extension');
    const requested = pending?.requestedDeadline ?? null;
    if (input.accept) {
      if (!requested) throw conflict('followUp.notAllowed.decide_extension');
      tx.update(items).set({ deadline: requested }).where(eq(items.id, itemId)).run();
    }
    addEvent(tx, actor, itemId, input.accept ? 'extension_accepted' : 'extension_refused', {
      text: input.comment,
      requestedDeadline: requested,
      previousDeadline: item.deadline,
    });
    recordAudit(
      actor,
      {
        action: input.accept ? 'followUp.extensionAccepted' : 'followUp.extensionRefused',
        subjectType: 'followUp',
        subjectId: itemId,
        detail: { ...input, deadline: requested, previousDeadline: item.deadline },
      },
      tx,
    );
  });
}

/** The secretariat confirms the work done: the item is done. */
export function confirmCompletion(
  actor: Actor,
  itemId: number,
  input: { comment: string },
  when: { now?: Date } = {},
) {
  authorize(actor, 'followUp.manage', {
    attempted: 'followUp.confirmCompletion',
    type: 'followUp',
    id: itemId,
    ...itemMeetingStatus(getDb(), itemId),
  });
  const now = when.now ?? new Date();
  getDb().transaction((tx) => {
    openFor(tx, itemId, 'confirm_completion');
    tx.update(items).set({ state: 'done', completedAt: now, percent: 100 }).where(eq(items.id, itemId)).run();
    addEvent(tx, actor, itemId, 'completion_confirmed', { text: input.comment }, now);
    recordAudit(
      actor,
      { action: 'followUp.completed', subjectType: 'followUp', subjectId: itemId, detail: input },
      tx,
    );
  });
}

/** The secretariat cancels an item, with the reason. */
export function cancelFollowUpItem(actor: Actor, itemId: number, input: { reason: string }) {
  authorize(actor, 'followUp.manage', {
    attempted: 'followUp.cancel',
    type: 'followUp',
    id: itemId,
    ...itemMeetingStatus(getDb(), itemId),
  });
  if (!input.reason.trim()) throw invalid('followUp.reasonRequired');
  getDb().transaction((tx) => {
    openFor(tx, itemId, 'cancel');
    tx.update(items)
      .set({ state: 'cancelled', cancelReason: input.reason })
      .where(eq(items.id, itemId))
      .run();
    addEvent(tx, actor, itemId, 'cancelled', { text: input.reason });
    recordAudit(
      actor,
      { action: 'followUp.cancelled', subjectType: 'followUp', subjectId: itemId, detail: input },
      tx,
    );
  });
}
