import 'server-only';
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import { getDb, schema, type Db } from '@/db';
import type { ContentLanguage } from '@/domain/vocabulary';
import {
  currentPublication,
  designationColumns,
  inEdition,
  listedColumns,
  listedRelease,
  publishedRelease,
  publishedRevision,
  type ListedRelease,
} from './public-release';
import { getSiteSettings } from './site-settings';

// What a release page shows around its text: the meeting it reports (as its newest publication states it,
// never the live records), the releases before and after it in its edition, and related releases. Public
// reads: only published, public releases are selected.

const d = schema.documents;

export type ReleaseMeeting = {
  bodyId: number;
  bodyName: string;
  meetingName: string;
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairTitle: string;
};

/** The meeting a published release reports, as its newest publication snapshot names it. */
export function releaseMeeting(id: number): ReleaseMeeting | null {
  return (
    getDb()
      .select({ bodyId: schema.publications.bodyId, ...designationColumns })
      .from(d)
      .innerJoin(schema.publications, currentPublication)
      .where(and(publishedRelease, eq(d.id, id)))
      .get() ?? null
  );
}

/** The releases just older and just newer than this one in an edition (by first publication). */
export function neighbourReleases(
  release: { id: number; firstPublishedAt: Date },
  edition: ContentLanguage,
): { previous: ListedRelease | null; next: ListedRelease | null } {
  const { timeZone } = getSiteSettings();
  const at = release.firstPublishedAt;
  const one = (direction: 'older' | 'newer') => {
    const row = getDb()
      .select(listedColumns)
      .from(d)
      .innerJoin(schema.revisions, publishedRevision)
      .where(
        and(
          publishedRelease,
          inEdition(edition),
          direction === 'older'
            ? or(lt(d.firstPublishedAt, at), and(eq(d.firstPublishedAt, at), lt(d.id, release.id)))
            : or(gt(d.firstPublishedAt, at), and(eq(d.firstPublishedAt, at), gt(d.id, release.id))),
        ),
      )
      .orderBy(
        ...(direction === 'older'
          ? [desc(d.firstPublishedAt), desc(d.id)]
          : [asc(d.firstPublishedAt), asc(d.id)]),
      )
      .limit(1)
      .get();
    return row ? listedRelease(row, timeZone) : null;
  };
  return { previous: one('older'), next: one('newer') };
}

const RELATED_CANDIDATES = 50;
const connection = (db: Db) => (db as Db & { $client: Database.Database }).$client;

/** The words of a headline as an FTS5 query matching any of them (English: words; Chinese: trigrams). */
function anyOf(headline: string, language: ContentLanguage): string | null {
  const terms =
    language === 'en'
      ? [...new Set(headline.toLowerCase().match(/[a-z]{4,}/g) ?? [])]
      : [
          ...new Set(
            [...headline.replace(/[^\p{Script=Han}]/gu, '')].flatMap((_, i, all) =>
              i + 3 <= all.length ? [all.slice(i, i + 3).join('')] : [],
            ),
          ),
        ];
  return terms.length ? terms.map((t) => `"${t}"`).join(' OR ') : null;
}

/**
 * Up to `limit` releases related to this one: of the same chair or the same body, the newest
 * RELATED_CANDIDATES of them, ranked by how much of this headline their text shares (bm25 of the search
 * index), then same chair first, then newest.
 */
export function relatedReleases(
  release: { id: number; headline: string; language: ContentLanguage },
  meeting: ReleaseMeeting,
  edition: ContentLanguage,
  limit = 3,
): ListedRelease[] {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const sameChair = sql<number>`${schema.publications.chairName} = ${meeting.chairName}`;
  const candidates = db
    .select({ ...listedColumns, sameChair })
    .from(d)
    .innerJoin(schema.revisions, publishedRevision)
    .innerJoin(schema.publications, currentPublication)
    .where(
      and(
        publishedRelease,
        inEdition(edition),
        sql`${d.id} <> ${release.id}`,
        or(
          eq(schema.publications.chairName, meeting.chairName),
          eq(schema.publications.bodyId, meeting.bodyId),
        ),
      ),
    )
    .orderBy(desc(sameChair), desc(d.firstPublishedAt))
    .limit(RELATED_CANDIDATES)
    .all();
  if (candidates.length === 0) return [];
  const match = anyOf(release.headline, release.language);
  const table = release.language === 'en' ? 'release_search_en' : 'release_search_trigram';
  const scores = new Map<number, number>(
    match
      ? (
          connection(db)
            .prepare(
              `SELECT rowid AS id, bm25(${table}, 5.0, 1.0) AS score FROM ${table}
               WHERE ${table} MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
            )
            .all(match, JSON.stringify(candidates.map((c) => c.id))) as { id: number; score: number }[]
        ).map((r) => [r.id, r.score])
      : [],
  );
  // bm25 is lower for a better match; a release the index did not match comes after those it did.
  const rank = (id: number) => scores.get(id) ?? Number.POSITIVE_INFINITY;
  return candidates
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank(a.row.id) - rank(b.row.id) || a.order - b.order)
    .slice(0, limit)
    .map(({ row }) => listedRelease(row, timeZone));
}
