import 'server-only';
import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { zonedLocalToInstant } from '@/lib/zoned-time';
import { publishedRelease } from './public-releases';
import { getSiteSettings } from './site-settings';

// Public reads for the archive, the feeds and the sitemap. Like data/public-releases.ts they need no actor:
// every query is limited to published public press releases, so drafts, internal documents and withdrawn
// releases never reach them. Years and months are those of the first-published time in the site's zone.

export type ArchiveYear = { year: number; count: number };

export type ArchiveRelease = {
  id: number;
  slug: string;
  year: string;
  headline: string;
  firstPublishedAt: Date;
};

export type ArchiveMonth = { month: number; releases: ArchiveRelease[] };

export type FeedRelease = ArchiveRelease & { summary: string; lastPublishedAt: Date };

export type SitemapRelease = Pick<ArchiveRelease, 'id' | 'slug' | 'year'> & { lastPublishedAt: Date };

const d = schema.documents;

/** The instant a calendar year begins in the site's time zone. */
const startOfYear = (year: number, timeZone: string) =>
  zonedLocalToInstant(`${String(year).padStart(4, '0')}-01-01T00:00`, timeZone);

const zonedYear = (instant: Date, timeZone: string) => Number(isoDateInZone(instant, timeZone).slice(0, 4));

/** Years that have releases, newest first, each with its count. */
export function listArchiveYears(): ArchiveYear[] {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const span = db
    .select({
      first: sql<number | null>`min(${d.firstPublishedAt})`,
      last: sql<number | null>`max(${d.firstPublishedAt})`,
    })
    .from(d)
    .where(publishedRelease)
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
    const count =
      db
        .select({ n: sql<number>`count(*)` })
        .from(d)
        .where(
          and(
            publishedRelease,
            gte(d.firstPublishedAt, startOfYear(year, timeZone)),
            lt(d.firstPublishedAt, startOfYear(year + 1, timeZone)),
          ),
        )
        .get()?.n ?? 0;
    if (count > 0) years.push({ year, count });
  }
  return years;
}

/** The months of a year that have releases, newest first, each with its releases (newest first). */
export function listArchiveMonths(year: number): ArchiveMonth[] {
  if (!Number.isInteger(year) || year < 1 || year > 9998) return [];
  const { timeZone } = getSiteSettings();
  const rows = getDb()
    .select({
      id: d.id,
      slug: d.slug,
      headline: schema.revisions.headline,
      firstPublishedAt: d.firstPublishedAt,
    })
    .from(d)
    .innerJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(
      and(
        publishedRelease,
        gte(d.firstPublishedAt, startOfYear(year, timeZone)),
        lt(d.firstPublishedAt, startOfYear(year + 1, timeZone)),
      ),
    )
    .orderBy(desc(d.firstPublishedAt), desc(d.id))
    .all();
  const months = new Map<number, ArchiveRelease[]>();
  for (const r of rows) {
    const iso = isoDateInZone(r.firstPublishedAt!, timeZone);
    const month = Number(iso.slice(5, 7));
    const list = months.get(month) ?? [];
    list.push({
      id: r.id,
      slug: r.slug ?? 'release',
      year: iso.slice(0, 4),
      headline: r.headline,
      firstPublishedAt: r.firstPublishedAt!,
    });
    months.set(month, list);
  }
  return [...months].map(([month, releases]) => ({ month, releases }));
}

/** The latest releases for the feeds, with the first paragraph of each as its summary. */
export function listFeedReleases(limit = 20): FeedRelease[] {
  const { timeZone } = getSiteSettings();
  return getDb()
    .select({
      id: d.id,
      slug: d.slug,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
      firstPublishedAt: d.firstPublishedAt,
      lastPublishedAt: d.lastPublishedAt,
    })
    .from(d)
    .innerJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(publishedRelease)
    .orderBy(desc(d.firstPublishedAt), desc(d.id))
    .limit(limit)
    .all()
    .map((r) => ({
      id: r.id,
      slug: r.slug ?? 'release',
      year: isoDateInZone(r.firstPublishedAt!, timeZone).slice(0, 4),
      headline: r.headline,
      summary: plainFirstParagraph(r.body),
      firstPublishedAt: r.firstPublishedAt!,
      lastPublishedAt: r.lastPublishedAt!,
    }));
}

/** Every published release's address parts and last change, oldest first (for the sitemap). */
export function listSitemapReleases(): SitemapRelease[] {
  const { timeZone } = getSiteSettings();
  return getDb()
    .select({
      id: d.id,
      slug: d.slug,
      firstPublishedAt: d.firstPublishedAt,
      lastPublishedAt: d.lastPublishedAt,
    })
    .from(d)
    .where(publishedRelease)
    .orderBy(asc(d.firstPublishedAt), asc(d.id))
    .all()
    .map((r) => ({
      id: r.id,
      slug: r.slug ?? 'release',
      year: isoDateInZone(r.firstPublishedAt!, timeZone).slice(0, 4),
      lastPublishedAt: r.lastPublishedAt!,
    }));
}

/**
 * The first paragraph of a Markdown body as plain text: feed readers show summaries as they are, so
 * heading marks, emphasis, code ticks and link targets are dropped (their words stay).
 */
export function plainFirstParagraph(body: string): string {
  const first =
    body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find(Boolean) ?? '';
  return first
    .replace(/^#{1,6}\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s*\n\s*/g, ' ');
}
