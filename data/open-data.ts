import 'server-only';
import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { publishedRecords } from '@/domain/published-statement';
import { isoDateInZone } from '@/domain/dates';
import type { DecisionSummary } from '@/domain/vocabulary';
import { zonedLocalToInstant } from '@/lib/zoned-time';
import { plainFirstParagraph } from './public-archive';
import { isWithdrawnRelease, publishedRelease } from './public-releases';
import { getSiteSettings } from './site-settings';

// The open-data API's reads. Like the public site they need no actor: every query is limited to published
// public press releases, and a meeting is shown only through what its published release itself states.

const d = schema.documents;

export type OpenReleaseSummary = {
  id: number;
  meetingId: number;
  slug: string;
  year: string;
  headline: string;
  summary: string;
  firstPublishedAt: Date;
  lastPublishedAt: Date;
};

export type OpenRelease = OpenReleaseSummary & { body: string; correctionNote: string };

export type ReleaseQuery = {
  page: number;
  pageSize: number;
  /** The calendar year of first publication, in the site's time zone. */
  year?: number;
  /** Only releases first published or updated at or after this instant. */
  since?: Date;
};

const columns = {
  id: d.id,
  meetingId: d.meetingId,
  slug: d.slug,
  headline: schema.revisions.headline,
  body: schema.revisions.body,
  correctionNote: d.correctionNote,
  firstPublishedAt: d.firstPublishedAt,
  lastPublishedAt: d.lastPublishedAt,
};

type Row = {
  id: number;
  meetingId: number;
  slug: string | null;
  headline: string;
  body: string;
  correctionNote: string;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
};

function toSummary(r: Row, timeZone: string): OpenReleaseSummary {
  return {
    id: r.id,
    meetingId: r.meetingId,
    slug: r.slug ?? 'release',
    year: isoDateInZone(r.firstPublishedAt!, timeZone).slice(0, 4),
    headline: r.headline,
    summary: plainFirstParagraph(r.body),
    firstPublishedAt: r.firstPublishedAt!,
    lastPublishedAt: r.lastPublishedAt!,
  };
}

const toRelease = (r: Row, timeZone: string): OpenRelease => ({
  ...toSummary(r, timeZone),
  body: r.body,
  correctionNote: r.correctionNote,
});

/** Published releases, newest first, one page of them, with the total that match the filters. */
export function listOpenReleases(query: ReleaseQuery): { rows: OpenReleaseSummary[]; total: number } {
  const { timeZone } = getSiteSettings();
  const filters: SQL[] = [];
  if (query.year !== undefined) {
    const start = (y: number) => zonedLocalToInstant(`${String(y).padStart(4, '0')}-01-01T00:00`, timeZone);
    filters.push(gte(d.firstPublishedAt, start(query.year)), lt(d.firstPublishedAt, start(query.year + 1)));
  }
  // The last-published time is never before the first: it alone says "published or updated since".
  if (query.since) filters.push(gte(d.lastPublishedAt, query.since));
  const where = and(publishedRelease, ...filters);
  const db = getDb();
  const rows = db
    .select(columns)
    .from(d)
    .innerJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(where)
    .orderBy(desc(d.firstPublishedAt), desc(d.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(d)
      .where(where)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map((r) => toSummary(r, timeZone)),
  };
}

/**
 * The last time anything changed in the published set: a publication, a republication or a withdrawal
 * (which takes a release out of every list). Null when nothing was ever published.
 */
export function releasesLastChanged(): Date | null {
  const row = getDb()
    .select({
      published: sql<number | null>`max(${d.lastPublishedAt})`,
      withdrawn: sql<number | null>`max(${d.withdrawnAt})`,
    })
    .from(d)
    .where(and(eq(d.kind, 'press_release'), eq(d.visibility, 'public')))
    .get();
  const latest = Math.max(row?.published ?? 0, row?.withdrawn ?? 0);
  return latest > 0 ? new Date(latest) : null;
}

export type ReleaseLookup =
  { status: 'published'; release: OpenRelease } | { status: 'withdrawn' } | { status: 'missing' };

export function getOpenRelease(id: number): ReleaseLookup {
  const row = getDb()
    .select(columns)
    .from(d)
    .innerJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(and(publishedRelease, eq(d.id, id)))
    .get();
  if (row) return { status: 'published', release: toRelease(row, getSiteSettings().timeZone) };
  return isWithdrawnRelease(id) ? { status: 'withdrawn' } : { status: 'missing' };
}

export type OpenMeeting = {
  id: number;
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairTitle: string;
  decisions: DecisionSummary[];
  release: OpenReleaseSummary;
  /** The later of the release's publication and the last change to the meeting's records. */
  lastModified: Date;
};

/**
 * The public parts of a meeting whose press release is published: its designation, date, chair and the
 * decisions it adopted. Records can change after publication (a correction being drafted), so a title
 * line or a decision is shown only when the published text states it: nothing unpublished leaks here.
 */
export function getOpenMeeting(meetingId: number): OpenMeeting | null {
  const db = getDb();
  const releaseRow = db
    .select(columns)
    .from(d)
    .innerJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(and(publishedRelease, eq(d.meetingId, meetingId)))
    .get();
  if (!releaseRow) return null;
  const release = toSummary(releaseRow, getSiteSettings().timeZone);
  const meeting = db
    .select({
      id: schema.meetings.id,
      bodyName: schema.bodies.name,
      meetingName: schema.bodies.meetingName,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      chairName: schema.meetings.chairName,
      chairTitle: schema.meetings.chairTitle,
    })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!meeting) return null;
  const decisions = db
    .select({
      title: schema.decisions.title,
      kind: schema.decisions.kind,
      outcome: schema.decisions.outcome,
    })
    .from(schema.decisions)
    .where(eq(schema.decisions.meetingId, meetingId))
    .orderBy(asc(schema.decisions.position))
    .all();
  const recordsChanged = db
    .select({ at: sql<number | null>`max(${schema.auditEvents.createdAt})` })
    .from(schema.auditEvents)
    .where(
      and(eq(schema.auditEvents.subjectType, 'meeting'), eq(schema.auditEvents.subjectId, String(meetingId))),
    )
    .get()?.at;
  return {
    ...meeting,
    ...publishedRecords(release.headline, releaseRow.body, { chairTitle: meeting.chairTitle, decisions }),
    release,
    lastModified: new Date(Math.max(release.lastPublishedAt.getTime(), recordsChanged ?? 0)),
  };
}
