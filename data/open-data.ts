import 'server-only';
import { and, asc, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { ContentLanguage, DecisionSummary, MeetingDesignation } from '@/domain/vocabulary';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import {
  counterpart,
  counterpartAddress,
  counterpartColumns,
  counterpartOf,
  currentPublication,
  designationColumns,
  headingColumns,
  plainFirstParagraph,
  publishedRelease,
  publishedRevision,
  releaseHeading,
  type LanguageAddress,
  type ReleaseHeading,
} from './public-release';
import { isWithdrawnRelease } from './public-releases';
import { getSiteSettings } from './site-settings';

// The open-data API's reads. Like the public site they need no actor: every query is limited to published
// public press releases, and a meeting is shown only as its release's publication snapshot has it.

const d = schema.documents;

export type OpenReleaseSummary = ReleaseHeading & {
  meetingId: number;
  summary: string;
  lastPublishedAt: Date;
  /** The same meeting's release in the other language, when that one is published too. */
  counterpart: LanguageAddress | null;
};

export type OpenRelease = OpenReleaseSummary & { body: string; correctionNote: string };

export type ReleaseQuery = {
  page: number;
  pageSize: number;
  /** The calendar year of first publication, in the site's time zone. */
  year?: number;
  /** Only releases first published or updated at or after this instant. */
  since?: Date;
  /** Only releases in this language. */
  language?: ContentLanguage;
};

const columns = {
  ...headingColumns,
  meetingId: d.meetingId,
  body: schema.revisions.body,
  correctionNote: d.correctionNote,
  lastPublishedAt: d.lastPublishedAt,
  counterpart: counterpartColumns,
};

type Row = {
  id: number;
  meetingId: number;
  slug: string | null;
  language: ContentLanguage;
  counterpart: Parameters<typeof counterpartAddress>[0];
  headline: string;
  body: string;
  correctionNote: string;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
};

function toSummary(r: Row, timeZone: string): OpenReleaseSummary {
  return {
    ...releaseHeading(r, timeZone),
    meetingId: r.meetingId,
    summary: plainFirstParagraph(r.body),
    lastPublishedAt: r.lastPublishedAt!,
    counterpart: counterpartAddress(r.counterpart, timeZone),
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
  if (query.language) filters.push(eq(d.language, query.language));
  const where = and(publishedRelease, ...filters);
  const db = getDb();
  const rows = db
    .select(columns)
    .from(d)
    .innerJoin(schema.revisions, publishedRevision)
    .leftJoin(counterpart, counterpartOf)
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
    .innerJoin(schema.revisions, publishedRevision)
    .leftJoin(counterpart, counterpartOf)
    .where(and(publishedRelease, eq(d.id, id)))
    .get();
  if (row) return { status: 'published', release: toRelease(row, getSiteSettings().timeZone) };
  return isWithdrawnRelease(id) ? { status: 'withdrawn' } : { status: 'missing' };
}

export type OpenMeeting = MeetingDesignation & {
  id: number;
  /** The language of the values: that of the release whose publication snapshot they are. */
  language: ContentLanguage;
  decisions: DecisionSummary[];
  release: OpenReleaseSummary;
  /** When the release was last published: the meeting's public parts change only then. */
  lastModified: Date;
};

/**
 * The public parts of a meeting whose press release is published: its designation, date, chair and the
 * decisions it adopted, as the snapshot taken at the release's last publication has them. The live
 * records may already hold a correction being drafted: nothing of it shows until it is published.
 * Each language's release has its own snapshot, in its language: the one asked for, or else the original's
 * (a release that translates no other), or else the published translation's.
 */
export function getOpenMeeting(meetingId: number, language?: ContentLanguage): OpenMeeting | null {
  const row = getDb()
    .select({ ...columns, designation: designationColumns, decisions: schema.publications.decisions })
    .from(d)
    .innerJoin(schema.revisions, publishedRevision)
    .innerJoin(schema.publications, currentPublication)
    .leftJoin(counterpart, counterpartOf)
    .where(and(publishedRelease, eq(d.meetingId, meetingId), language ? eq(d.language, language) : undefined))
    .orderBy(asc(isNotNull(d.translationOfId)))
    .get();
  if (!row) return null;
  const release = toSummary(row, getSiteSettings().timeZone);
  return {
    id: meetingId,
    language: row.language,
    ...row.designation,
    decisions: row.decisions,
    release,
    lastModified: release.lastPublishedAt,
  };
}
