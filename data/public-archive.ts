import 'server-only';
import { and, asc, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { releaseAddress } from '@/domain/release-address';
import type { ContentLanguage } from '@/domain/vocabulary';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import {
  counterpart,
  counterpartAddress,
  counterpartColumns,
  counterpartOf,
  inEdition,
  type LanguageAddress,
  listedColumns,
  listedRelease,
  type ListedRelease,
  plainFirstParagraph,
  publishedRelease,
  publishedRevision,
} from './public-release';
import { getSiteSettings } from './site-settings';

// Public reads for the archive, the feeds and the sitemap. Like every public read (data/public-release.ts)
// they need no actor: every query is limited to published public press releases, so drafts, internal
// documents and withdrawn releases never reach them. Years and months are those of the first-published time in the site's zone.
// Each edition of the site (English, Chinese) has its own archive and feeds: its language's releases, and
// those of meetings with no release published in its language (`inEdition`).

export type ArchiveYear = { year: number; count: number };

export type ArchiveRelease = ListedRelease;

/** A month of a year's archive: how many releases it has, and the newest of them (perhaps all). */
export type ArchiveMonth = { month: number; count: number; releases: ArchiveRelease[] };

export type FeedRelease = ArchiveRelease & { summary: string; lastPublishedAt: Date };

/** A release's address in its own language, with its published counterpart in the other language, if any. */
export type SitemapRelease = LanguageAddress & { lastPublishedAt: Date; counterpart: LanguageAddress | null };

const d = schema.documents;

/** The instant a calendar month (1–12; 13 is January of the next year) begins in the site's time zone. */
function startOfMonth(year: number, month: number, timeZone: string): Date {
  const [y, m] = month > 12 ? [year + 1, 1] : [year, month];
  return zonedLocalToInstant(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01T00:00`,
    timeZone,
  );
}

const startOfYear = (year: number, timeZone: string) => startOfMonth(year, 1, timeZone);

const zonedYear = (instant: Date, timeZone: string) => Number(isoDateInZone(instant, timeZone).slice(0, 4));

/** Releases first published in [from, to): an indexed range of `documents_public`. */
const firstPublishedIn = (edition: ContentLanguage, from: Date, to: Date) =>
  and(publishedRelease, gte(d.firstPublishedAt, from), lt(d.firstPublishedAt, to), inEdition(edition));

function countFirstPublishedIn(edition: ContentLanguage, from: Date, to: Date): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(d)
      .where(firstPublishedIn(edition, from, to))
      .get()?.n ?? 0
  );
}

/** Releases first published in [from, to), newest first; at most `limit` of them if given. */
function releasesFirstPublishedIn(
  edition: ContentLanguage,
  from: Date,
  to: Date,
  timeZone: string,
  limit?: number,
): ArchiveRelease[] {
  const query = getDb()
    .select(listedColumns)
    .from(d)
    .innerJoin(schema.revisions, publishedRevision)
    .where(firstPublishedIn(edition, from, to))
    .orderBy(desc(d.firstPublishedAt), desc(d.id));
  return (limit === undefined ? query.all() : query.limit(limit).all()).map((r) =>
    listedRelease(r, timeZone),
  );
}

const isArchiveYear = (year: number) => Number.isInteger(year) && year >= 1 && year <= 9998;

/** Years that have releases, newest first, each with its count. */
export function listArchiveYears(edition: ContentLanguage): ArchiveYear[] {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const span = db
    .select({
      first: sql<number | null>`min(${d.firstPublishedAt})`,
      last: sql<number | null>`max(${d.firstPublishedAt})`,
    })
    .from(d)
    .where(and(publishedRelease, inEdition(edition)))
    .get();
  if (span?.first == null || span.last == null) return [];
  // One indexed range count per year between the oldest and the newest release, rather than reading
  // every row to find its year: the archive may hold decades of releases.
  const years: ArchiveYear[] = [];
  for (
    let year = zonedYear(new Date(span.last), timeZone);
    year >= zonedYear(new Date(span.first), timeZone);
    year--
  ) {
    const count = countFirstPublishedIn(
      edition,
      startOfYear(year, timeZone),
      startOfYear(year + 1, timeZone),
    );
    if (count > 0) years.push({ year, count });
  }
  return years;
}

/** The months of a year that have releases, newest first, each with its count. */
export function listArchiveMonthCounts(
  edition: ContentLanguage,
  year: number,
): { month: number; count: number }[] {
  if (!isArchiveYear(year)) return [];
  const { timeZone } = getSiteSettings();
  const months: { month: number; count: number }[] = [];
  for (let month = 12; month >= 1; month--) {
    const count = countFirstPublishedIn(
      edition,
      startOfMonth(year, month, timeZone),
      startOfMonth(year, month + 1, timeZone),
    );
    if (count > 0) months.push({ month, count });
  }
  return months;
}

/**
 * The months of a year that have releases, newest first, each with its count and its newest releases:
 * all of them, or at most `perMonth` (so that a year's page stays small however busy the year was).
 */
export function listArchiveMonths(
  edition: ContentLanguage,
  year: number,
  { perMonth }: { perMonth?: number } = {},
): ArchiveMonth[] {
  const { timeZone } = getSiteSettings();
  return listArchiveMonthCounts(edition, year).map(({ month, count }) => ({
    month,
    count,
    releases: releasesFirstPublishedIn(
      edition,
      startOfMonth(year, month, timeZone),
      startOfMonth(year, month + 1, timeZone),
      timeZone,
      perMonth,
    ),
  }));
}

/** Every release first published in one month (1–12) of a year, newest first. */
export function listArchiveMonthReleases(
  edition: ContentLanguage,
  year: number,
  month: number,
): ArchiveRelease[] {
  if (!isArchiveYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return [];
  const { timeZone } = getSiteSettings();
  return releasesFirstPublishedIn(
    edition,
    startOfMonth(year, month, timeZone),
    startOfMonth(year, month + 1, timeZone),
    timeZone,
  );
}

export type ArchiveMonthRef = { year: number; month: number };

/** The nearest months before and after this one that have releases: the month page's "older" and "newer". */
export function neighbouringArchiveMonths(
  edition: ContentLanguage,
  year: number,
  month: number,
): { newer?: ArchiveMonthRef; older?: ArchiveMonthRef } {
  const { timeZone } = getSiteSettings();
  const edge = (aggregate: 'min' | 'max', where: SQL | undefined): ArchiveMonthRef | undefined => {
    const at = getDb()
      .select({ at: sql<number | null>`${sql.raw(aggregate)}(${d.firstPublishedAt})` })
      .from(d)
      .where(and(publishedRelease, inEdition(edition), where))
      .get()?.at;
    if (at == null) return undefined;
    const iso = isoDateInZone(new Date(at), timeZone);
    return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
  };
  return {
    newer: edge('min', gte(d.firstPublishedAt, startOfMonth(year, month + 1, timeZone))),
    older: edge('max', lt(d.firstPublishedAt, startOfMonth(year, month, timeZone))),
  };
}

/** The latest releases of an edition for its feeds, with the first paragraph of each as its summary. */
export function listFeedReleases(edition: ContentLanguage, limit = 20): FeedRelease[] {
  const { timeZone } = getSiteSettings();
  return getDb()
    .select({ ...listedColumns, body: schema.revisions.body, lastPublishedAt: d.lastPublishedAt })
    .from(d)
    .innerJoin(schema.revisions, publishedRevision)
    .where(and(publishedRelease, inEdition(edition)))
    .orderBy(desc(d.firstPublishedAt), desc(d.id))
    .limit(limit)
    .all()
    .map((r) => ({
      ...listedRelease(r, timeZone),
      summary: plainFirstParagraph(r.body),
      lastPublishedAt: r.lastPublishedAt!,
    }));
}

/** When a release was last published or republished: the last change of the pages that list them. */
export function lastPublicationAt(): Date | undefined {
  const at = getDb()
    .select({ at: sql<number | null>`max(${d.lastPublishedAt})` })
    .from(d)
    .where(publishedRelease)
    .get()?.at;
  return at == null ? undefined : new Date(at);
}

/** How many releases are published: the sitemap's size. */
export function countPublishedReleases(): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(d)
      .where(publishedRelease)
      .get()?.n ?? 0
  );
}

/**
 * Published releases' address parts, language, counterpart and last change, oldest first, a page at a time
 * (for the sitemap, which the protocol splits into files of at most 50,000 addresses). Each release is named
 * once, at its own language's address; its counterpart is its alternate.
 */
export function listSitemapReleases({ offset, limit }: { offset: number; limit: number }): SitemapRelease[] {
  const { timeZone } = getSiteSettings();
  return getDb()
    .select({
      id: d.id,
      slug: d.slug,
      language: d.language,
      firstPublishedAt: d.firstPublishedAt,
      lastPublishedAt: d.lastPublishedAt,
      counterpart: counterpartColumns,
    })
    .from(d)
    .leftJoin(counterpart, counterpartOf)
    .where(publishedRelease)
    .orderBy(asc(d.firstPublishedAt), asc(d.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({
      ...releaseAddress({ id: r.id, slug: r.slug, firstPublishedAt: r.firstPublishedAt! }, timeZone),
      language: r.language,
      lastPublishedAt: r.lastPublishedAt!,
      counterpart: counterpartAddress(r.counterpart, timeZone),
    }));
}
