import 'server-only';
import { and, desc, eq, exists, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { statusOf, todayIn, type FollowUpStatus } from '@/domain/follow-up';
import { coUnitsOf, involvingUnit, statusCondition } from './follow-up';
import { getSiteSettings } from './site-settings';

// The public progress of decisions: only items the secretariat disclosed, of meetings whose release the
// public already reads. Nothing else of the follow-up (undisclosed items, reports' text, extension
// requests, who filed what) is public.

export const PROGRESS_PAGE_SIZE = 20;

const items = schema.followUpItems;

export type PublicProgressDto = {
  id: number;
  meetingId: number;
  sessionNumber: number;
  heldOn: string;
  task: string;
  taskZh: string;
  leadUnit: { id: number; name: string; nameZh: string };
  coUnits: { id: number; name: string; nameZh: string }[];
  deadline: string | null;
  status: FollowUpStatus;
  percent: number | null;
  updatedAt: Date;
};

/** The conditions of a public item: disclosed, and its meeting has a published release. */
function publicItems(): SQL {
  const db = getDb();
  return and(
    eq(items.disclosed, true),
    exists(
      db
        .select({ one: sql`1` })
        .from(schema.documents)
        .where(
          and(
            eq(schema.documents.meetingId, items.meetingId),
            eq(schema.documents.kind, 'press_release'),
            eq(schema.documents.publicationState, 'published'),
          ),
        ),
    ),
  )!;
}

export function listPublicProgress(
  filter: { status?: FollowUpStatus; unitId?: number; meetingId?: number; page?: number },
  when: { now?: Date } = {},
) {
  const db = getDb();
  const today = todayIn(when.now ?? new Date(), getSiteSettings().timeZone);
  const conditions: SQL[] = [publicItems()];
  if (filter.status) conditions.push(statusCondition(filter.status, today));
  if (filter.unitId) conditions.push(involvingUnit(db, filter.unitId));
  if (filter.meetingId) conditions.push(eq(items.meetingId, filter.meetingId));
  const where = and(...conditions);
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(items)
      .where(where)
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PROGRESS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const updatedAt = sql<number>`coalesce(${items.lastReportAt}, ${items.completedAt}, ${items.createdAt})`;
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
      updatedAt,
    })
    .from(items)
    .innerJoin(schema.meetings, eq(schema.meetings.id, items.meetingId))
    .innerJoin(schema.units, eq(schema.units.id, items.leadUnitId))
    .where(where)
    .orderBy(desc(updatedAt), desc(items.id))
    .limit(PROGRESS_PAGE_SIZE)
    .offset((page - 1) * PROGRESS_PAGE_SIZE)
    .all();
  const co = coUnitsOf(
    db,
    rows.map((r) => r.id),
  );
  const list: PublicProgressDto[] = rows.map((r) => ({
    id: r.id,
    meetingId: r.meetingId,
    sessionNumber: r.sessionNumber,
    heldOn: r.heldOn,
    task: r.task,
    taskZh: r.taskZh,
    leadUnit: { id: r.leadUnitId, name: r.leadName, nameZh: r.leadNameZh },
    coUnits: co.get(r.id) ?? [],
    deadline: r.deadline,
    status: statusOf(r.state, r.deadline, today),
    percent: r.percent,
    updatedAt: new Date(r.updatedAt),
  }));
  return { rows: list, total, page, pageCount };
}

/** The units that lead a public item, for the public page's filter. */
export function publicProgressUnits() {
  return getDb()
    .selectDistinct({ id: schema.units.id, name: schema.units.name, nameZh: schema.units.nameZh })
    .from(items)
    .innerJoin(schema.units, eq(schema.units.id, items.leadUnitId))
    .where(publicItems())
    .orderBy(schema.units.id)
    .all();
}

/** Whether a meeting has any public item (the release page's short link to them). */
export function meetingHasPublicProgress(meetingId: number): boolean {
  return (
    getDb()
      .select({ id: items.id })
      .from(items)
      .where(and(eq(items.meetingId, meetingId), publicItems()))
      .limit(1)
      .get() !== undefined
  );
}

/** The meeting of a release, when it has public follow-up items (the release page links to them). */
export function publicProgressMeetingOf(releaseId: number): number | null {
  const doc = getDb()
    .select({ meetingId: schema.documents.meetingId })
    .from(schema.documents)
    .where(eq(schema.documents.id, releaseId))
    .get();
  return doc && meetingHasPublicProgress(doc.meetingId) ? doc.meetingId : null;
}
