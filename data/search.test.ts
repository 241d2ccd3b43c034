import Database from 'better-sqlite3';
import { and, eq, gt, sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { documentOf, makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { SEARCH_CANDIDATES, SEARCH_PAGE_SIZE, searchReleases, type SearchResults } from './search';
import {
  approveStep,
  previewDraftFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
  withdrawDocument,
} from './workflow';

let cleanup: () => void;
let bodyId: number;
let secretary: Actor;
let reviewer: Actor;
let leader: Actor;
let sessionNumber = 0;

beforeAll(async () => {
  cleanup = useTempDatabase();
  ({ bodyId, secretary, reviewer, leader } = await makeWorkflowCast());
});
afterAll(() => cleanup());

const currentRevisionId = (documentId: number) =>
  getDb().select().from(schema.documents).where(eq(schema.documents.id, documentId)).get()!.currentRevisionId;

/** A new meeting's press release with `extra` text before the drafted body (which keeps it consistent). */
function draftRelease(extra: string, headline?: string) {
  const documentId = documentOf(
    newMeeting(secretary, bodyId, { sessionNumber: ++sessionNumber, heldOn: '2031-04-30' }),
    'press_release',
  );
  const draft = previewDraftFromRecords(secretary, documentId);
  const { revisionId } = saveRevision(secretary, {
    documentId,
    baseRevisionId: null,
    headline: headline ?? draft.headline,
    body: `${extra}\n\n${draft.body}`,
  });
  return { documentId, revisionId, draft };
}

function reviewAndPublish(documentId: number, revisionId: number) {
  submitForReview(secretary, documentId);
  approveStep(reviewer, documentId, revisionId, '', undefined, { confidentiality: true });
  approveStep(leader, documentId, revisionId, '', undefined, { confidentiality: true });
  publishDocument(leader, documentId);
}

function publishedRelease(extra: string, headline?: string) {
  const { documentId, revisionId, draft } = draftRelease(extra, headline);
  reviewAndPublish(documentId, revisionId);
  return { documentId, draft };
}

const ids = (r: SearchResults) => r.rows.map((row) => row.id);
const hits = (r: SearchResults, id: number) =>
  r.rows
    .find((row) => row.id === id)!
    .snippet.filter((p) => p.hit)
    .map((p) => p.text);

const CHINESE =
  '四川省人民政府召开第二十五次常务会议，研究部署新能源汽车产业高质量发展。会议强调，各级政府要压实责任，2031年底前完成。';

describe('searching published releases', () => {
  let english: number;
  let chinese: number;

  beforeAll(() => {
    english = publishedRelease(
      'The meeting adopted the Quetzal Conservation Measures and stressed habitat protection.',
    ).documentId;
    chinese = publishedRelease(CHINESE, '四川省人民政府召开常务会议').documentId;
  });

  it('finds "adopted" for "adopt" (porter stemming), with the hit marked in the snippet', () => {
    const result = searchReleases('en', 'adopt quetzal');
    expect(ids(result)).toEqual([english]);
    expect(result.total).toBe(1);
    expect(hits(result, english).map((h) => h.toLowerCase())).toEqual(
      expect.arrayContaining(['adopted', 'quetzal']),
    );
    const row = result.rows[0]!;
    expect(row).toMatchObject({ slug: expect.any(String), year: expect.stringMatching(/^\d{4}$/) });
    expect(row.firstPublishedAt).toBeInstanceOf(Date);
  });

  it('matches a quoted phrase only in its order', () => {
    expect(ids(searchReleases('en', '"quetzal conservation measures"'))).toEqual([english]);
    expect(ids(searchReleases('en', '“Quetzal Conservation”'))).toEqual([english]);
    expect(ids(searchReleases('en', '"conservation quetzal"'))).toEqual([]);
  });

  it('finds a two-character Chinese word through the bigram index', () => {
    const result = searchReleases('en', '政府');
    expect(ids(result)).toContain(chinese);
    expect(ids(result)).not.toContain(english);
    expect(hits(result, chinese)).toEqual(expect.arrayContaining(['政府']));
  });

  it('finds a four-character Chinese word as the phrase of its bigrams, only where it occurs', () => {
    const result = searchReleases('en', '常务会议');
    expect(ids(result)).toEqual([chinese]);
    expect(hits(result, chinese)).toContain('常务会议');
    expect(ids(searchReleases('en', '新能源汽车产业'))).toEqual([chinese]);
    // "常务" and "研究" are both in the text, but not "常务研究".
    expect(ids(searchReleases('en', '常务研究'))).toEqual([]);
  });

  it('finds a term mixing CJK with digits through the trigram index', () => {
    expect(ids(searchReleases('en', '2031年'))).toEqual([chinese]);
    expect(ids(searchReleases('en', '2030年'))).toEqual([]);
  });

  it('finds one character, and no two characters that are not adjacent in the text', () => {
    expect(ids(searchReleases('en', '砖'))).toEqual([]);
    expect(ids(searchReleases('en', '蜀'))).toEqual([]);
    expect(ids(searchReleases('en', '川'))).toEqual([chinese]);
    // 议 ends a run ("常务会议，"): the run's last character is indexed on its own.
    expect(ids(searchReleases('en', '议'))).toContain(chinese);
    // "议，研": the comma separates them.
    expect(ids(searchReleases('en', '议研'))).toEqual([]);
    expect(ids(searchReleases('en', '会政'))).toEqual([]);
  });

  it('ANDs words, Chinese terms and mixes of both', () => {
    expect(ids(searchReleases('en', '政府 常务会议 高质量'))).toEqual([chinese]);
    expect(ids(searchReleases('en', '政府 quetzal'))).toEqual([]);
    expect(ids(searchReleases('en', '政府 Wang'))).toEqual([chinese]);
  });

  it('never finds a draft, nor the unpublished draft of a published release', () => {
    draftRelease('An unpublished note about the xylophonist.');
    expect(searchReleases('en', 'xylophonist')).toEqual({ rows: [], total: 0 });

    const { documentId, revisionId } = draftRelease('The first text mentions the ocelot.');
    reviewAndPublish(documentId, revisionId);
    saveRevision(secretary, {
      documentId,
      baseRevisionId: currentRevisionId(documentId),
      headline: 'A newer draft',
      body: 'The newer draft mentions the marmoset. 草稿独有词',
    });
    expect(ids(searchReleases('en', 'ocelot'))).toEqual([documentId]);
    expect(ids(searchReleases('en', 'marmoset'))).toEqual([]);
    expect(ids(searchReleases('en', '独有'))).toEqual([]);
    expect(ids(searchReleases('en', '草稿独有词'))).toEqual([]);
  });

  it('replaces the entry on republication: the old words no longer match', () => {
    const { documentId, draft } = publishedRelease('The first version praises the pangolin. 穿山甲保护');
    expect(ids(searchReleases('en', 'pangolin'))).toEqual([documentId]);
    expect(ids(searchReleases('en', '穿山甲'))).toEqual([documentId]);

    const { revisionId } = saveRevision(secretary, {
      documentId,
      baseRevisionId: currentRevisionId(documentId),
      headline: draft.headline,
      body: `The corrected version praises the armadillo. 犰狳\n\n${draft.body}`,
    });
    // Still the published text until the new revision is published.
    expect(ids(searchReleases('en', 'armadillo'))).toEqual([]);
    reviewAndPublish(documentId, revisionId);

    expect(ids(searchReleases('en', 'pangolin'))).toEqual([]);
    expect(ids(searchReleases('en', '穿山甲'))).toEqual([]);
    expect(ids(searchReleases('en', '山甲'))).toEqual([]);
    expect(ids(searchReleases('en', 'armadillo'))).toEqual([documentId]);
    expect(ids(searchReleases('en', '犰狳'))).toEqual([documentId]);
  });

  it('removes a withdrawn release', () => {
    const { documentId } = publishedRelease('A release about the capybara. 水豚');
    expect(ids(searchReleases('en', 'capybara'))).toEqual([documentId]);
    withdrawDocument(leader, documentId, 'Published by mistake.');
    expect(ids(searchReleases('en', 'capybara'))).toEqual([]);
    expect(ids(searchReleases('en', '水豚'))).toEqual([]);
  });

  it('indexes only public press releases (published minutes are internal)', () => {
    const { documentId } = draftRelease('');
    const meetingId = getDb()
      .select({ meetingId: schema.documents.meetingId })
      .from(schema.documents)
      .where(eq(schema.documents.id, documentId))
      .get()!.meetingId;
    const minutes = getDb()
      .select({ id: schema.documents.id })
      .from(schema.documents)
      .where(and(eq(schema.documents.meetingId, meetingId), eq(schema.documents.kind, 'minutes')))
      .get()!.id;
    const { revisionId } = saveRevision(secretary, {
      documentId: minutes,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'Internal minutes mention the wolverine. 内部纪要',
    });
    submitForReview(secretary, minutes);
    approveStep(leader, minutes, revisionId, '', undefined, { confidentiality: true });
    publishDocument(leader, minutes);
    expect(ids(searchReleases('en', 'wolverine'))).toEqual([]);
    expect(ids(searchReleases('en', '纪要'))).toEqual([]);
  });

  it('refuses a query over 200 characters without running it, and ignores an empty one', () => {
    expect(searchReleases('en', 'adopt '.repeat(100))).toEqual({ rows: [], total: 0, tooLong: true });
    expect(searchReleases('en', `  ${'x'.repeat(200)}  `)).toEqual({ rows: [], total: 0 });
    expect(searchReleases('en', '')).toEqual({ rows: [], total: 0 });
    expect(searchReleases('en', '   ')).toEqual({ rows: [], total: 0 });
  });

  it('never throws on FTS5 syntax in the input', () => {
    const nasty = [
      '"',
      '""',
      '"unclosed phrase',
      'quetzal"',
      '*',
      'quetzal*',
      '-quetzal',
      '- -- ---',
      'NEAR',
      'NEAR(quetzal measures)',
      'NEAR("a" "b", 2)',
      'AND',
      'quetzal AND OR NOT',
      'NOT quetzal',
      '(',
      ')',
      '(quetzal',
      'headline:quetzal',
      '{headline body}: quetzal',
      'body : 政府',
      ':',
      '^quetzal',
      '+',
      "'",
      '\\',
      '\u0000quetzal',
      '政府"',
      '"政府',
      '-政府',
      '*政*',
      '政:府',
      '（政府）',
      '。。。',
      '🎉',
      '"""quetzal"""',
    ];
    for (const q of nasty) {
      expect(() => searchReleases('en', q), q).not.toThrow();
    }
    // Operators are words like any other ("and" is in the text), and punctuation joins words into a phrase.
    expect(ids(searchReleases('en', 'quetzal AND measures'))).toEqual([english]);
    expect(ids(searchReleases('en', 'quetzal OR pangolin'))).toEqual([]);
    expect(ids(searchReleases('en', 'NEAR(quetzal measures)'))).toEqual([]);
    expect(ids(searchReleases('en', 'headline:quetzal'))).toEqual([]);
    expect(ids(searchReleases('en', '(quetzal'))).toEqual([english]);
    expect(ids(searchReleases('en', '（政府）'))).toContain(chinese);
    expect(searchReleases('en', '*')).toEqual({ rows: [], total: 0 });
  });
});

describe('ranking and pages', () => {
  it('ranks a headline match first and pages through the results', () => {
    const found: number[] = [];
    for (let i = 0; i < SEARCH_PAGE_SIZE + 2; i++) {
      found.push(publishedRelease(`Release ${i} on the okapi reserve.`).documentId);
    }
    const headlined = publishedRelease('Body text.', 'Okapi reserve opened').documentId;

    const first = searchReleases('en', 'okapi');
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 3);
    expect(first.rows).toHaveLength(SEARCH_PAGE_SIZE);
    expect(first.rows[0]!.id).toBe(headlined);
    expect(searchReleases('en', 'okapi reserve').rows[0]!.id).toBe(headlined);
    const second = searchReleases('en', 'okapi', 2);
    expect(second.total).toBe(SEARCH_PAGE_SIZE + 3);
    expect(second.rows).toHaveLength(3);
    expect(new Set([...ids(first), ...ids(second)])).toEqual(new Set([...found, headlined]));
    expect(searchReleases('en', 'okapi', 3)).toEqual({ rows: [], total: SEARCH_PAGE_SIZE + 3 });
    expect(searchReleases('en', 'okapi', -1).rows).toHaveLength(SEARCH_PAGE_SIZE);
  });

  it('ranks at most SEARCH_CANDIDATES matches, the most recent, and says so', () => {
    // Straight into the tables, for speed: publishing is an UPDATE, so the triggers index them all.
    getDb().run(sql`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i <= ${SEARCH_CANDIDATES})
      INSERT INTO meetings (body_id, session_number, held_on, chair_name)
      SELECT ${bodyId}, 10000 + i, '2031-05-01', 'Wang Lin' FROM n`);
    getDb().run(sql`
      INSERT INTO documents (meeting_id, kind, visibility)
      SELECT id, 'press_release', 'public' FROM meetings WHERE session_number > 10000`);
    getDb().run(sql`
      INSERT INTO revisions (document_id, number, headline, body, source)
      SELECT d.id, 1, CASE WHEN d.id % 100 = 0 THEN 'Wombat ' ELSE 'Release ' END || d.id, 'A wombat. 袋熊', 'save'
      FROM documents d JOIN meetings m ON m.id = d.meeting_id WHERE m.session_number > 10000`);
    getDb().run(sql`
      UPDATE documents
      SET publication_state = 'published', first_published_at = 1937000000000,
        published_revision_id = (SELECT r.id FROM revisions r WHERE r.document_id = documents.id)
      WHERE meeting_id IN (SELECT id FROM meetings WHERE session_number > 10000)`);
    const made = getDb()
      .select({ id: schema.documents.id })
      .from(schema.documents)
      .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
      .where(gt(schema.meetings.sessionNumber, 10000))
      .orderBy(schema.documents.id)
      .all()
      .map((d) => d.id);
    expect(made).toHaveLength(SEARCH_CANDIDATES + 1);

    const lastPage = SEARCH_CANDIDATES / SEARCH_PAGE_SIZE;
    expect(searchReleases('en', 'wombat')).toMatchObject({ total: SEARCH_CANDIDATES, capped: true });
    expect(searchReleases('en', '袋熊', lastPage)).toMatchObject({ total: SEARCH_CANDIDATES, capped: true });
    expect(searchReleases('en', '袋熊', lastPage).rows).toHaveLength(SEARCH_PAGE_SIZE);
    expect(searchReleases('en', '袋熊', lastPage + 1).rows).toHaveLength(0);
    // The oldest match is the one left out.
    const seen = new Set<number>();
    for (let p = 1; p <= lastPage; p++) for (const id of ids(searchReleases('en', 'wombat', p))) seen.add(id);
    expect(seen.size).toBe(SEARCH_CANDIDATES);
    expect(seen.has(made[0]!)).toBe(false);
    // Too many to rank: the newest, those with "wombat" in the headline first, then by date (the same for
    // all here, so the newest id first).
    const listed = made.slice(1).reverse();
    const order = [...listed.filter((id) => id % 100 === 0), ...listed.filter((id) => id % 100 !== 0)];
    expect(ids(searchReleases('en', 'wombat'))).toEqual(order.slice(0, SEARCH_PAGE_SIZE));
    expect(ids(searchReleases('en', 'wombat', 2))).toEqual(
      order.slice(SEARCH_PAGE_SIZE, 2 * SEARCH_PAGE_SIZE),
    );
    expect(ids(searchReleases('en', '袋熊', 2))).toEqual(
      listed.slice(SEARCH_PAGE_SIZE, 2 * SEARCH_PAGE_SIZE),
    );
    // Two tables (English and Chinese), intersected newest first; no headline has both terms.
    expect(searchReleases('en', 'wombat 袋熊')).toMatchObject({ total: SEARCH_CANDIDATES, capped: true });
    expect(ids(searchReleases('en', 'wombat 袋熊'))).toEqual(listed.slice(0, SEARCH_PAGE_SIZE));
    expect(ids(searchReleases('en', 'wombat 袋熊', lastPage))).toEqual(listed.slice(-SEARCH_PAGE_SIZE));
    // A rare word beside a common one: ranked (by the rare word), with an exact count.
    const release = listed[500]!;
    expect(searchReleases('en', `wombat ${release}`)).toMatchObject({ total: 1, rows: [{ id: release }] });
  });
});

describe('the migration', () => {
  it('indexes what was already published when it runs', () => {
    const dir = path.join(process.cwd(), 'db', 'migrations');
    const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    const apply = (sqlite: Database.Database, tag: string) => {
      for (const statement of readFileSync(path.join(dir, `${tag}.sql`), 'utf8').split(
        '--> statement-breakpoint',
      )) {
        sqlite.exec(statement);
      }
    };
    const sqlite = new Database(':memory:');
    const searchAt = journal.entries.findIndex((e) => e.tag.endsWith('_search'));
    for (const entry of journal.entries.slice(0, searchAt)) apply(sqlite, entry.tag);
    sqlite.exec(`
      INSERT INTO bodies (id, name, meeting_name) VALUES (1, 'Body', 'Executive Meeting');
      INSERT INTO meetings (id, body_id, session_number, held_on, chair_name) VALUES (1, 1, 1, '2020-01-01', 'Chair');
      INSERT INTO meetings (id, body_id, session_number, held_on, chair_name) VALUES (2, 1, 2, '2020-01-02', 'Chair');
      INSERT INTO documents (id, meeting_id, kind, visibility) VALUES (1, 1, 'press_release', 'public');
      INSERT INTO documents (id, meeting_id, kind, visibility) VALUES (2, 2, 'press_release', 'public');
      INSERT INTO revisions (id, document_id, number, headline, body, source)
        VALUES (1, 1, 1, 'Archived', 'An archived release about the tapir. 貘的保护', 'import');
      INSERT INTO revisions (id, document_id, number, headline, body, source)
        VALUES (2, 2, 1, 'Draft', 'A draft about the tapir.', 'save');
      UPDATE documents SET publication_state = 'published', published_revision_id = 1 WHERE id = 1;
    `);
    for (const entry of journal.entries.slice(searchAt)) apply(sqlite, entry.tag);
    // A document created already published (its revision written first, as an import could) is indexed.
    // (Ids from 10: the later migrations gave documents 1 and 2 their Chinese translations, 3 and 4.)
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec(`
      INSERT INTO meetings (id, body_id, session_number, held_on, chair_name) VALUES (3, 1, 3, '2020-01-03', 'Chair');
      INSERT INTO revisions (id, document_id, number, headline, body, source)
        VALUES (10, 10, 1, 'Imported', 'An imported release about the tapir.', 'import');
      INSERT INTO documents (id, meeting_id, kind, visibility, publication_state, published_revision_id)
        VALUES (10, 3, 'press_release', 'public', 'published', 10);
    `);
    const match = (table: string, expr: string) =>
      sqlite
        .prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ?`)
        .all(expr)
        .map((r) => (r as { id: number }).id);
    expect(match('release_search_en', '"tapir"')).toEqual([1, 10]);
    expect(match('release_search_trigram', '"貘的保"')).toEqual([1]);
    expect(match('release_search_bigram', '"保护"')).toEqual([1]);
    sqlite.close();
  });
});
