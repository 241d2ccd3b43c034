import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { FOLLOW_UP_STATUSES, todayIn, type FollowUpStatus } from '@/domain/follow-up';
import type { ContentLanguage, DocumentKind } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { getSiteSettings } from './site-settings';

// The leaders' dashboard: each chart's figures from one SQL query (timed by bench/dashboard.bench.ts).
// Medians are the mean of the middle one or two values; the 90th percentile is the nearest rank (the value
// at rank ⌈0.9·n⌉). Months are the site's calendar months (its zone's offset now, which for the zones of
// the bodies served here has no daylight saving).

export type StatusCount = { status: FollowUpStatus; count: number };
export type UnitCount = { unitId: number; name: string; nameZh: string; count: number };
export type MonthTimes = { month: string; releases: number; medianDays: number; p90Days: number };
export type ReviewTimes = {
  kind: DocumentKind;
  cycles: number;
  medianHours: number;
  changesRequested: number;
};
export type MonthLanguageCount = { month: string; language: ContentLanguage; count: number };

export type DashboardFigures = {
  today: string;
  byStatus: StatusCount[];
  overdueByUnit: UnitCount[];
  publicationTime: MonthTimes[];
  review: ReviewTimes[];
  publications: MonthLanguageCount[];
};

/** The zone's offset from UTC at `now`, in milliseconds (Asia/Shanghai: 8 hours). */
export function zoneOffsetMs(now: Date, timeZone: string): number {
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(local.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(now.getTime() / 1000) * 1000;
}

const OPEN = sql`('not_started', 'in_progress')`;

export function itemsByStatus(db: Db, today: string): StatusCount[] {
  const rows = db.all<{ status: FollowUpStatus; count: number }>(sql`
    select case when state in ${OPEN} and deadline is not null and deadline < ${today} then 'overdue' else state end as status,
           count(*) as count
    from follow_up_items group by 1`);
  // Every status, in the order people read them, zero where there are none.
  return FOLLOW_UP_STATUSES.map((status) => ({
    status,
    count: rows.find((r) => r.status === status)?.count ?? 0,
  }));
}

export function overdueByUnit(db: Db, today: string): UnitCount[] {
  return db.all<UnitCount>(sql`
    select u.id as unitId, u.name as name, u.name_zh as nameZh, count(*) as count
    from follow_up_items i join units u on u.id = i.lead_unit_id
    where i.state in ${OPEN} and i.deadline is not null and i.deadline < ${today}
    group by u.id order by count desc, u.id limit 20`);
}

/**
 * Days from a meeting to its original release's first publication, per month of publication: the latest 24
 * months that had any.
 */
export function publicationTime(db: Db, offsetMs: number): MonthTimes[] {
  return db.all<MonthTimes>(sql`
    with d as (
      select strftime('%Y-%m', (doc.first_published_at + ${offsetMs}) / 1000, 'unixepoch') as month,
             (doc.first_published_at + ${offsetMs} - unixepoch(m.held_on) * 1000) / 86400000.0 as days
      from documents doc join meetings m on m.id = doc.meeting_id
      where doc.kind = 'press_release' and doc.translation_of_id is null and doc.first_published_at is not null
    ),
    r as (
      select month, days,
             row_number() over (partition by month order by days) as rn,
             count(*) over (partition by month) as n
      from d where month in (select distinct month from d order by month desc limit 24)
    )
    select month, max(n) as releases,
           round(avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then days end), 1) as medianDays,
           round(max(case when rn = (9 * n + 9) / 10 then days end), 1) as p90Days
    from r group by month order by month`);
}

/**
 * Each review cycle runs from a submission to its end: the last approval, changes requested, or a recall.
 * Per kind of document: how many, their median length in hours, and how many ended in changes requested.
 */
export function reviewTimes(db: Db): ReviewTimes[] {
  // Each submission's end is the document's next transition of those kinds, found through the
  // (document_id, id) index rather than by sorting every transition.
  return db.all<ReviewTimes>(sql`
    with ends as (
      select s.document_id, s.created_at as started_at, (
        select min(x.id) from transitions x
        where x.document_id = s.document_id and x.id > s.id
          and (x.action in ('submit', 'request_changes', 'recall') or x.to_state = 'approved')
      ) as end_id
      from transitions s where s.action = 'submit'
    ),
    c as (
      select d.kind, (e.created_at - ends.started_at) / 3600000.0 as hours, e.action as end_action
      from ends
      join transitions e on e.id = ends.end_id
      join documents d on d.id = ends.document_id
      where e.action <> 'submit'
    ),
    r as (
      select kind, hours, end_action,
             row_number() over (partition by kind order by hours) as rn,
             count(*) over (partition by kind) as n
      from c
    )
    select kind, max(n) as cycles,
           round(avg(case when rn in ((n + 1) / 2, (n + 2) / 2) then hours end), 1) as medianHours,
           sum(end_action = 'request_changes') as changesRequested
    from r group by kind order by kind`);
}

/**
 * Releases first published per month and language: the latest 24 months that had any. The seam for the
 * other public documents (issued policy documents) is this query's `kind` condition.
 */
export function publicationsPerMonth(db: Db, offsetMs: number): MonthLanguageCount[] {
  return db.all<MonthLanguageCount>(sql`
    with p as (
      select strftime('%Y-%m', (first_published_at + ${offsetMs}) / 1000, 'unixepoch') as month, language
      from documents where kind = 'press_release' and first_published_at is not null
    )
    select month, language, count(*) as count from p
    where month in (select distinct month from p order by month desc limit 24)
    group by 1, 2 order by 1, 2`);
}

export function dashboardFigures(actor: Actor, when: { now?: Date } = {}): DashboardFigures {
  authorize(actor, 'dashboard.read', { attempted: 'dashboard.read', type: 'dashboard' });
  const now = when.now ?? new Date();
  const { timeZone } = getSiteSettings();
  const today = todayIn(now, timeZone);
  const offset = zoneOffsetMs(now, timeZone);
  const db = getDb();
  return {
    today,
    byStatus: itemsByStatus(db, today),
    overdueByUnit: overdueByUnit(db, today),
    publicationTime: publicationTime(db, offset),
    review: reviewTimes(db),
    publications: publicationsPerMonth(db, offset),
  };
}
