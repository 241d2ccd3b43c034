import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { isDueSoon, isOverdue, reportOwed, todayIn, type ReminderKind } from '@/domain/follow-up';
import type { Actor } from './actor';
import { getSiteSettings } from './site-settings';

// In-app reminders of follow-up items, sent by the scheduler's tick: an item due within the site's number
// of days and a report period falling due (to the units' liaisons), an overdue item (to the units' liaisons
// and the secretariat). Each is sent once per item, person, kind and occasion (the unique index).

const items = schema.followUpItems;

function liaisonsOf(tx: Tx, itemId: number, leadUnitId: number): number[] {
  const coUnits = tx
    .select({ unitId: schema.followUpCoUnits.unitId })
    .from(schema.followUpCoUnits)
    .where(eq(schema.followUpCoUnits.itemId, itemId))
    .all()
    .map((r) => r.unitId);
  return tx
    .selectDistinct({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(
      and(
        eq(schema.userRoles.role, 'unit_liaison'),
        eq(schema.users.disabled, false),
        inArray(schema.users.unitId, [leadUnitId, ...coUnits]),
      ),
    )
    .all()
    .map((u) => u.id);
}

function secretaries(tx: Tx): number[] {
  return tx
    .selectDistinct({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.userRoles.role, 'secretary'), eq(schema.users.disabled, false)))
    .all()
    .map((u) => u.id);
}

/** Sends the reminders that have fallen due by `now`; returns how many were new. Safe to run any number of times. */
export function sendFollowUpReminders(now: Date): { sent: number } {
  const { timeZone, followUpReminderDays } = getSiteSettings();
  const today = todayIn(now, timeZone);
  const db = getDb();
  return db.transaction((tx) => {
    const open = tx
      .select({
        id: items.id,
        leadUnitId: items.leadUnitId,
        state: items.state,
        deadline: items.deadline,
        reportCycle: items.reportCycle,
        lastReportAt: items.lastReportAt,
      })
      .from(items)
      .where(inArray(items.state, ['not_started', 'in_progress']))
      .all();
    let sent = 0;
    const send = (itemId: number, userIds: number[], kind: ReminderKind, occasion: string) => {
      if (userIds.length === 0) return;
      const inserted = tx
        .insert(schema.followUpReminders)
        .values(userIds.map((userId) => ({ itemId, userId, kind, occasion, createdAt: now })))
        .onConflictDoNothing()
        .returning({ id: schema.followUpReminders.id })
        .all();
      sent += inserted.length;
    };
    let secretariat: number[] | null = null;
    for (const item of open) {
      const liaisons = liaisonsOf(tx, item.id, item.leadUnitId);
      if (item.deadline && isOverdue(item.state, item.deadline, today)) {
        secretariat ??= secretaries(tx);
        send(item.id, [...liaisons, ...secretariat], 'overdue', item.deadline);
      } else if (item.deadline && isDueSoon(item.state, item.deadline, today, followUpReminderDays)) {
        send(item.id, liaisons, 'due_soon', item.deadline);
      }
      const lastReportDay = item.lastReportAt ? todayIn(item.lastReportAt, timeZone) : null;
      const period = reportOwed(item.reportCycle, item.state, lastReportDay, today);
      if (period) send(item.id, liaisons, 'report_due', period);
    }
    return { sent };
  });
}

export type ReminderDto = {
  id: number;
  itemId: number;
  kind: ReminderKind;
  occasion: string;
  task: string;
  taskZh: string;
  deadline: string | null;
  read: boolean;
  createdAt: Date;
};

/** One's own reminders, newest first. */
export function listMyReminders(actor: Actor, limit = 20): ReminderDto[] {
  if (actor.kind !== 'user') return [];
  return getDb()
    .select({
      id: schema.followUpReminders.id,
      itemId: schema.followUpReminders.itemId,
      kind: schema.followUpReminders.kind,
      occasion: schema.followUpReminders.occasion,
      task: items.task,
      taskZh: items.taskZh,
      deadline: items.deadline,
      read: sql<boolean>`${schema.followUpReminders.readAt} is not null`.mapWith(Boolean),
      createdAt: schema.followUpReminders.createdAt,
    })
    .from(schema.followUpReminders)
    .innerJoin(items, eq(items.id, schema.followUpReminders.itemId))
    .where(eq(schema.followUpReminders.userId, actor.userId))
    .orderBy(desc(schema.followUpReminders.id))
    .limit(limit)
    .all();
}

export function unreadReminderCount(actor: Actor): number {
  if (actor.kind !== 'user') return 0;
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(schema.followUpReminders)
      .where(and(eq(schema.followUpReminders.userId, actor.userId), isNull(schema.followUpReminders.readAt)))
      .get()?.n ?? 0
  );
}
