import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import {
  excerpt,
  markTerms,
  matchExpressions,
  MAX_QUERY_LENGTH,
  partsFromMarked,
  plainText,
  planSearch,
  queryTerms,
  type SnippetPart,
} from '@/domain/search-query';
import { getSiteSettings } from './site-settings';

// Public search needs no actor: the FTS tables hold only published public releases (the triggers of
// db/migrations/0003_search.sql keep them so), and every row returned is checked against `documents` again.
//
// Ranking: bm25 costs time for every row it scores (233 ms for a common word over 100k releases), so only
// a bounded candidate set is ranked: the SEARCH_CANDIDATES most recent matches (highest document ids,
// which the FTS index walks in order without scoring). Fewer matches than that are all ranked; more are
// reported as `capped`, and the visitor is asked to add words. Snippets are made for the page's rows only.

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_CANDIDATES = 1000;
export { MAX_QUERY_LENGTH, type SnippetPart };

export type SearchHit = {
  id: number;
  slug: string;
  year: string;
  headline: string;
  snippet: SnippetPart[];
  firstPublishedAt: Date;
};

export type SearchResults = {
  rows: SearchHit[];
  total: number;
  /** The query was longer than MAX_QUERY_LENGTH and was not run. */
  tooLong?: true;
  /** More than SEARCH_CANDIDATES releases match; the most recent SEARCH_CANDIDATES were ranked. */
  capped?: true;
};

type FtsTable = 'release_search_en' | 'release_search_trigram' | 'release_search_bigram';

// Hit markers for snippet(): control characters, which Markdown bodies do not contain.
const OPEN = '\u0002';
const CLOSE = '\u0003';

export function searchReleases(q: string, page = 1): SearchResults {
  const query = q.trim();
  if (query.length > MAX_QUERY_LENGTH) return { rows: [], total: 0, tooLong: true };
  const terms = queryTerms(query);
  const plan = planSearch(terms);
  const match = matchExpressions(plan);
  const db = getDb();

  // The first table with terms drives the scan and the ranking; the others filter its rows. `+rowid` keeps
  // the filter from being pushed into the FTS5 cursor, which would run one MATCH per listed rowid (30 ms
  // instead of 0.4 ms over 5,000 releases).
  const tables: [FtsTable, string][] = [];
  if (match.en !== undefined) tables.push(['release_search_en', match.en]);
  if (match.trigram !== undefined) tables.push(['release_search_trigram', match.trigram]);
  if (match.bigram !== undefined) tables.push(['release_search_bigram', match.bigram]);
  const [first, ...others] = tables;
  if (!first) return { rows: [], total: 0 };
  const [primary, primaryMatch] = first;
  const table = sql.raw(primary);
  const filters: SQL[] = others.map(
    ([name, expr]) =>
      sql` AND +rowid IN (SELECT rowid FROM ${sql.raw(name)} WHERE ${sql.raw(name)} MATCH ${expr})`,
  );
  const matching = (extra?: SQL) =>
    sql`FROM ${table} WHERE ${table} MATCH ${primaryMatch}${sql.join(filters)}${extra ?? sql``}`;

  // The newest match beyond the candidate set, if there is one: its id bounds the set from below.
  const floor = db.get<{ id: number } | undefined>(
    sql`SELECT rowid AS id ${matching()} ORDER BY rowid DESC LIMIT 1 OFFSET ${SEARCH_CANDIDATES}`,
  )?.id;
  const candidates = matching(floor === undefined ? undefined : sql` AND rowid > ${floor}`);
  const pageNumber = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const ranked = db.all<{ id: number; total: number }>(sql`
    WITH candidates AS (SELECT rowid AS id, bm25(${table}, 5.0, 1.0) AS score ${candidates})
    SELECT c.id AS id, count(*) OVER () AS total
    FROM candidates c JOIN documents d ON d.id = c.id
    WHERE d.kind = 'press_release' AND d.visibility = 'public' AND d.publication_state = 'published'
    ORDER BY c.score, d.first_published_at DESC, c.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(pageNumber - 1) * SEARCH_PAGE_SIZE}`);

  const total =
    ranked[0]?.total ??
    (pageNumber > 1 ? (db.get<{ n: number }>(sql`SELECT count(*) AS n ${candidates}`)?.n ?? 0) : 0);
  const capped = floor === undefined ? {} : { capped: true as const };
  if (ranked.length === 0) return { rows: [], total, ...capped };

  const ids = ranked.map((r) => r.id);
  const details = new Map(
    db
      .select({
        id: schema.documents.id,
        slug: schema.documents.slug,
        headline: schema.revisions.headline,
        body: schema.revisions.body,
        firstPublishedAt: schema.documents.firstPublishedAt,
      })
      .from(schema.documents)
      .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
      .where(
        and(
          inArray(schema.documents.id, ids),
          eq(schema.documents.kind, 'press_release'),
          eq(schema.documents.visibility, 'public'),
          eq(schema.documents.publicationState, 'published'),
        ),
      )
      .all()
      .map((row) => [row.id, row]),
  );

  // Words get FTS5's own snippet (it knows the stemmer); CJK terms are marked literally, as they match.
  const cjkTerms = [...plan.substrings, ...plan.shortCjk];
  const ftsSnippets = new Map<number, string>();
  if (match.en !== undefined) {
    for (const row of db.all<{ id: number; snippet: string }>(sql`
      SELECT rowid AS id, snippet(release_search_en, 1, ${OPEN}, ${CLOSE}, '…', 28) AS snippet
      FROM release_search_en
      WHERE release_search_en MATCH ${match.en} AND rowid IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`)) {
      ftsSnippets.set(row.id, row.snippet);
    }
  }

  const { timeZone } = getSiteSettings();
  const rows: SearchHit[] = [];
  for (const id of ids) {
    const row = details.get(id);
    if (!row?.firstPublishedAt) continue;
    const marked = ftsSnippets.get(id);
    const snippet = marked
      ? markTerms(partsFromMarked(plainText(marked), OPEN, CLOSE), cjkTerms)
      : excerpt(plainText(row.body), cjkTerms);
    rows.push({
      id: row.id,
      slug: row.slug ?? 'release',
      year: isoDateInZone(row.firstPublishedAt, timeZone).slice(0, 4),
      headline: row.headline,
      snippet,
      firstPublishedAt: row.firstPublishedAt,
    });
  }
  return { rows, total, ...capped };
}
