import 'server-only';
import type Database from 'better-sqlite3';
import { getDb, type Db } from '@/db';
import {
  excerpt,
  inHeadline,
  markTerms,
  matchExpressions,
  tableTerms,
  MAX_QUERY_LENGTH,
  partsFromMarked,
  plainText,
  planSearch,
  queryTerms,
  type SnippetPart,
} from '@/domain/search-query';
import type { ContentLanguage } from '@/domain/vocabulary';
import { listedRelease, type ListedRelease } from './public-release';
import { getSiteSettings } from './site-settings';

// Public search needs no actor: the FTS tables hold only published public releases (the triggers of
// db/migrations/0003_search.sql keep them so), and every row shown is checked against `documents` again.
//
// Which table answers which term: words and phrases the English table (porter); CJK terms the bigram table
// (two characters are one token, longer terms the phrase of their overlapping bigrams, one character a
// prefix); terms mixing CJK with other characters ("2024年") the trigram table.
//
// Cost that does not grow with the archive. FTS5 walks a term's matches newest first (rowid = document id,
// in creation order, which is publication order in an archive) and stops at a LIMIT, so finding the newest
// SEARCH_CANDIDATES + 1 matches costs the same at 1,000 or 100,000 releases. What does grow with the
// number of matches is bm25(): it counts every document containing each phrase (its IDF) on each call,
// which at 100,000 releases is ~10 ms for a common word and ~60 ms for a common phrase. So:
//   - at most SEARCH_CANDIDATES matches (an exact count): all of them ranked by bm25, headline weighted 5,
//     over the terms that are themselves in at most SEARCH_CANDIDATES releases (selectiveTerms);
//   - more than that ("more than SEARCH_CANDIDATES" is what the page says): the newest SEARCH_CANDIDATES
//     are listed, those with every term in the headline first, each group newest first. When nearly every
//     release contains the words, bm25 has little to say anyway (FTS5 gives a term found in over half the
//     documents an IDF of almost zero); the headline and the date are what tell the results apart.
// Queries that need two tables (Chinese with Latin words), and those whose every term is common though
// together they are not, are ordered the second way too: bm25 of one table would miss the other's terms.
// Two tables are intersected here, newest first, each read only as far as needed.
// Snippets are made for the page's rows only.
//
// Each edition of the site searches its own releases (data/public-release.ts `inEdition`): those in its
// language, and those of meetings with no release published in it. The test is made on each match as the
// newest-first walk reads it (two primary-key lookups), so the walk still stops at its LIMIT. Chinese terms
// only match Chinese text and English words nearly only English text, so few matches are passed over; an
// English word on the Chinese site walks past the English releases that have a Chinese counterpart.

export const SEARCH_PAGE_SIZE = 10;
export const SEARCH_CANDIDATES = 1000;
export { MAX_QUERY_LENGTH, type SnippetPart };

export type SearchHit = ListedRelease & { snippet: SnippetPart[] };

export type SearchResults = {
  rows: SearchHit[];
  /** Every match when not `capped`; SEARCH_CANDIDATES when capped. */
  total: number;
  /** The query was longer than MAX_QUERY_LENGTH and was not run. */
  tooLong?: true;
  /**
   * More than SEARCH_CANDIDATES releases match; the most recent SEARCH_CANDIDATES are listed, headline
   * matches first, then by date.
   */
  capped?: true;
};

type Detail = {
  id: number;
  slug: string | null;
  language: ContentLanguage;
  headline: string;
  body: string;
  firstPublishedAt: number | null;
  sessionNumber: number | null;
  meetingName: string | null;
  heldOn: string | null;
};
type FtsTable = 'release_search_en' | 'release_search_trigram' | 'release_search_bigram';
/** A table and its terms (each an FTS5 query); `match` is all of them (implicit AND). */
type Source = { table: FtsTable; terms: string[]; match: string };

// Hit markers for snippet(): control characters, which Markdown bodies do not contain.
const OPEN = '\u0002';
const CLOSE = '\u0003';

/** The connection under Drizzle: its iterate() is what lets two FTS5 cursors be read side by side. */
const connection = (db: Db) => (db as Db & { $client: Database.Database }).$client;

// Prepared once per connection: preparing an FTS5 query costs as much as running a small one.
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(sqlite: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sqlite.prepare(text)));
  return statement;
}

/** Whether the document `rowid` names is in the edition `@edition` (see `inEdition`). */
const inEditionOf = (table: FtsTable) => `EXISTS (
  SELECT 1 FROM documents d WHERE d.id = ${table}.rowid AND (d.language = @edition OR NOT EXISTS (
    SELECT 1 FROM documents c WHERE c.meeting_id = d.meeting_id AND c.kind = 'press_release'
      AND c.language = @edition AND c.visibility = 'public' AND c.publication_state = 'published')))`;

/** The ids of the newest `limit` releases of an edition matching every source, newest first. */
function newestMatches(
  sqlite: Database.Database,
  edition: ContentLanguage,
  sources: Source[],
  limit: number,
): number[] {
  const newestFirst = (table: FtsTable) =>
    prepared(
      sqlite,
      `SELECT rowid FROM ${table} WHERE ${table} MATCH @match AND ${inEditionOf(table)}
       ORDER BY rowid DESC LIMIT @limit`,
    ).pluck();
  if (sources.length === 1) {
    const [{ table, match }] = sources as [Source];
    return newestFirst(table).all({ match, edition, limit }) as number[];
  }
  // A merge of the tables' descending id lists, each read only as far as the intersection needs.
  const cursors = sources.map(({ table, match }) =>
    (newestFirst(table).iterate({ match, edition, limit: -1 }) as IterableIterator<number>)[
      Symbol.iterator
    ](),
  );
  try {
    const heads: IteratorResult<number>[] = cursors.map((c) => c.next());
    const found: number[] = [];
    while (found.length < limit && !heads.some((h) => h.done)) {
      const values = heads.map((h) => h.value as number);
      const lowest = Math.min(...values);
      const common = values.every((v) => v === lowest);
      if (common) found.push(lowest);
      // Every list above the lowest head moves on (the lowest is the highest id they could still share).
      values.forEach((v, i) => {
        if (common || v > lowest) heads[i] = cursors[i]!.next();
      });
    }
    return found;
  } finally {
    for (const cursor of cursors) cursor.return?.();
  }
}

/**
 * The terms bm25 may score: those found in at most SEARCH_CANDIDATES releases (bm25 reads every match of
 * each term it scores, for its IDF). A common word beside a rare one adds little to the order anyway: its
 * IDF is small, and nearly zero once it is in half the releases.
 */
function selectiveTerms(sqlite: Database.Database, { table, terms }: Source): string[] {
  if (terms.length === 1) return terms; // the query itself, which has at most SEARCH_CANDIDATES matches
  const count = prepared(
    sqlite,
    `SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ${SEARCH_CANDIDATES + 1})`,
  ).pluck();
  return terms.filter((term) => (count.get(term) as number) <= SEARCH_CANDIDATES);
}

/** The matches ranked by bm25 of the given terms, headline weighted 5; one page of ids. */
function rankedPage(
  sqlite: Database.Database,
  table: FtsTable,
  terms: string[],
  matches: number[],
  offset: number,
): number[] {
  // `+rowid` keeps the list out of the FTS5 cursor, which would run one query per id.
  return prepared(
    sqlite,
    `WITH matches AS MATERIALIZED (
       SELECT rowid AS id, bm25(${table}, 5.0, 1.0) AS score FROM ${table}
       WHERE ${table} MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
     )
     SELECT m.id FROM matches m JOIN documents d ON d.id = m.id
     ORDER BY m.score, d.first_published_at DESC, m.id DESC
     LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(terms.join(' '), JSON.stringify(matches), SEARCH_PAGE_SIZE, offset) as number[];
}

/** Candidates (newest first) with every term in the headline first, each group by date; one page of ids. */
function headlinesFirstPage(
  sqlite: Database.Database,
  sources: Source[],
  candidates: number[],
  offset: number,
): number[] {
  // A BigInt binds as an INTEGER: FTS5 ignores a rowid bound given as a REAL (a JS number) and reads every
  // match instead (8 ms rather than 0.4 ms for a common word at 100,000 releases).
  const floor = BigInt(candidates.at(-1)!);
  let inHeadlines = new Set(candidates);
  for (const { table, match } of sources) {
    const ids = prepared(sqlite, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid >= ?`)
      .pluck()
      .all(inHeadline(match), floor) as number[];
    inHeadlines = new Set(ids.filter((id) => inHeadlines.has(id)));
  }
  const published = new Map(
    (
      prepared(
        sqlite,
        `SELECT id, first_published_at AS at FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(candidates)) as { id: number; at: number | null }[]
    ).map((d) => [d.id, d.at ?? 0]),
  );
  const group = (id: number) => (inHeadlines.has(id) ? 0 : 1);
  return [...candidates]
    .sort((a, b) => group(a) - group(b) || published.get(b)! - published.get(a)! || b - a)
    .slice(offset, offset + SEARCH_PAGE_SIZE);
}

/** One page of the releases of an edition (the site in one language) that match a query. */
export function searchReleases(edition: ContentLanguage, q: string, page = 1): SearchResults {
  const query = q.trim();
  if (query.length > MAX_QUERY_LENGTH) return { rows: [], total: 0, tooLong: true };
  const plan = planSearch(queryTerms(query));
  const match = matchExpressions(plan);
  const db = getDb();
  const sqlite = connection(db);

  const terms = tableTerms(plan);
  const sources = (
    [
      ['release_search_en', terms.en],
      ['release_search_trigram', terms.trigram],
      ['release_search_bigram', terms.bigram],
    ] as const
  )
    .filter(([, list]) => list.length > 0)
    .map(([table, list]): Source => ({ table, terms: list, match: list.join(' ') }));
  const [first] = sources;
  if (!first) return { rows: [], total: 0 };

  const newest = newestMatches(sqlite, edition, sources, SEARCH_CANDIDATES + 1);
  const capped = newest.length > SEARCH_CANDIDATES;
  const candidates = capped ? newest.slice(0, SEARCH_CANDIDATES) : newest;
  const total = candidates.length;
  const cappedFlag = capped ? { capped: true as const } : {};
  const pageNumber = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const offset = (pageNumber - 1) * SEARCH_PAGE_SIZE;
  if (offset >= total) return { rows: [], total, ...cappedFlag };

  const scored = !capped && sources.length === 1 ? selectiveTerms(sqlite, first) : [];
  const ids =
    scored.length > 0
      ? rankedPage(sqlite, first.table, scored, candidates, offset)
      : headlinesFirstPage(sqlite, sources, candidates, offset);
  if (ids.length === 0) return { rows: [], total, ...cappedFlag };
  const details = new Map(
    (
      prepared(
        sqlite,
        // The unary + keeps the planner on the primary key: with documents_public (kind, state) it would
        // read every published release (20 ms at 100,000) to find ten.
        `SELECT d.id, d.slug, d.language, r.headline, r.body, d.first_published_at AS firstPublishedAt,
           p.session_number AS sessionNumber, p.meeting_name AS meetingName, p.held_on AS heldOn
         FROM documents d JOIN revisions r ON r.id = d.published_revision_id
         LEFT JOIN publications p ON p.id = (
           SELECT max(q.id) FROM publications q WHERE q.document_id = d.id)
         WHERE d.id IN (SELECT value FROM json_each(?))
           AND +d.kind = 'press_release' AND +d.visibility = 'public' AND +d.publication_state = 'published'`,
      ).all(JSON.stringify(ids)) as Detail[]
    ).map((row) => [row.id, row]),
  );

  // Words get FTS5's own snippet (it knows the stemmer); CJK terms are marked literally, as they match.
  const cjkTerms = [...plan.substrings, ...plan.cjk];
  const ftsSnippets = new Map<number, string>();
  if (match.en !== undefined) {
    // One FTS5 lookup per id, each bound as an INTEGER (see headlinesFirstPage).
    const rows = prepared(
      sqlite,
      `SELECT rowid AS id, snippet(release_search_en, 1, ?, ?, '…', 28) AS snippet
       FROM release_search_en
       WHERE release_search_en MATCH ? AND rowid IN (${ids.map(() => '?').join(', ')})`,
    ).all(OPEN, CLOSE, match.en, ...ids.map(BigInt)) as { id: number; snippet: string }[];
    for (const row of rows) ftsSnippets.set(row.id, row.snippet);
  }

  const { timeZone } = getSiteSettings();
  const rows: SearchHit[] = [];
  for (const id of ids) {
    const row = details.get(id);
    if (row?.firstPublishedAt == null) continue;
    const marked = ftsSnippets.get(id);
    const snippet = marked
      ? markTerms(partsFromMarked(plainText(marked), OPEN, CLOSE), cjkTerms)
      : excerpt(plainText(row.body), cjkTerms);
    rows.push({
      ...listedRelease({ ...row, firstPublishedAt: new Date(row.firstPublishedAt) }, timeZone),
      snippet,
    });
  }
  return { rows, total, ...cappedFlag };
}
