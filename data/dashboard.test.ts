import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { useTempDatabase } from '@/test/support/temp-db';
import {
  itemsByStatus,
  overdueByUnit,
  publicationsPerMonth,
  publicationTime,
  reviewTimes,
  zoneOffsetMs,
} from './dashboard';

// Each chart's query against a small fixture whose figures are worked out by hand below.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;
let cleanup: () => void;

/** A release's first publication `days` after its meeting's day began, in Shanghai. */
const publishedAfter = (heldOn: string, days: number) =>
  Date.parse(`${heldOn}T00:00:00Z`) + days * DAY - SHANGHAI;

beforeAll(() => {
  cleanup = useTempDatabase();
  const db = getDb();
  db.run(sql`insert into bodies (id, name, meeting_name) values (1, 'the Body', 'Executive Meeting')`);
  db.run(sql`insert into units (id, body_id, name) values (1, 1, 'Unit A'), (2, 1, 'Unit B')`);
  // January (Shanghai): four originals published 1, 2, 3 and 10 days after their meetings, and one
  // translation. February: one original, published at 01:00 on 1 February in Shanghai (17:00 UTC the
  // day before), 5 days and 1 hour after its meeting.
  const meetings: [number, string, number][] = [
    [1, '2024-01-01', publishedAfter('2024-01-01', 1)],
    [2, '2024-01-02', publishedAfter('2024-01-02', 2)],
    [3, '2024-01-03', publishedAfter('2024-01-03', 3)],
    [4, '2024-01-04', publishedAfter('2024-01-04', 10)],
    [5, '2024-01-27', Date.parse('2024-01-31T17:00:00Z')],
  ];
  for (const [id, heldOn, published] of meetings) {
    db.run(
      sql`insert into meetings (id, body_id, session_number, held_on, chair_name) values (${id}, 1, ${id}, ${heldOn}, 'Chair')`,
    );
    db.run(sql`insert into documents (id, meeting_id, kind, language, visibility, publication_state, first_published_at)
               values (${id}, ${id}, 'press_release', 'zh', 'public', 'published', ${published})`);
  }
  db.run(sql`insert into documents (id, meeting_id, kind, language, visibility, translation_of_id, publication_state, first_published_at)
             values (6, 1, 'press_release', 'en', 'public', 1, 'published', ${publishedAfter('2024-01-01', 4)})`);
  db.run(
    sql`insert into documents (id, meeting_id, kind, language, visibility) values (7, 1, 'minutes', 'zh', 'internal')`,
  );
  db.run(
    sql`insert into documents (id, meeting_id, kind, language, visibility) values (8, 2, 'minutes', 'zh', 'internal')`,
  );
  // Review cycles. Release 1: submitted, changes requested 2 h later; submitted again, step 1 signed,
  // approved 4 h after the second submission. Minutes 7: approved 6 h after submission. Minutes 8: still
  // in review (no end: not counted).
  const t0 = Date.parse('2024-01-01T00:00:00Z');
  const transitions: [number, string, string, number][] = [
    [1, 'submit', 'in_review:1', t0],
    [1, 'request_changes', 'draft', t0 + 2 * HOUR],
    [1, 'submit', 'in_review:1', t0 + 3 * HOUR],
    [1, 'approve', 'in_review:2', t0 + 5 * HOUR],
    [1, 'approve', 'approved', t0 + 7 * HOUR],
    [1, 'publish', 'published', t0 + 8 * HOUR],
    [7, 'submit', 'in_review:1', t0],
    [7, 'approve', 'approved', t0 + 6 * HOUR],
    [8, 'submit', 'in_review:1', t0],
  ];
  for (const [documentId, action, toState, at] of transitions)
    db.run(sql`insert into transitions (document_id, action, from_state, to_state, created_at)
               values (${documentId}, ${action}, '', ${toState}, ${at})`);
  // Follow-up items on 2024-03-15: overdue are the open ones due before that day (items 1, 3, 7).
  const items: [number, string, string | null, number][] = [
    [1, 'not_started', '2024-03-10', 1],
    [2, 'in_progress', '2024-03-15', 1],
    [3, 'in_progress', '2024-03-01', 2],
    [4, 'done', '2024-01-01', 1],
    [5, 'cancelled', '2024-01-01', 2],
    [6, 'not_started', null, 2],
    [7, 'in_progress', '2024-02-01', 1],
  ];
  for (const [id, state, deadline, unit] of items)
    db.run(sql`insert into follow_up_items (id, meeting_id, position, lead_unit_id, state, deadline)
               values (${id}, 1, ${id}, ${unit}, ${state}, ${deadline})`);
});
afterAll(() => cleanup());

describe('the dashboard queries', () => {
  it('count the items by status, overdue from the day after the deadline', () => {
    expect(itemsByStatus(getDb(), '2024-03-15')).toEqual([
      { status: 'not_started', count: 1 },
      { status: 'in_progress', count: 1 },
      { status: 'overdue', count: 3 },
      { status: 'done', count: 1 },
      { status: 'cancelled', count: 1 },
    ]);
  });

  it('count the overdue items per leading unit, most first', () => {
    expect(overdueByUnit(getDb(), '2024-03-15')).toEqual([
      { unitId: 1, name: 'Unit A', nameZh: '', count: 2 },
      { unitId: 2, name: 'Unit B', nameZh: '', count: 1 },
    ]);
  });

  it('give the median and 90th percentile days to publication per month in the site’s zone', () => {
    // January: 1, 2, 3, 10 days → median (2 + 3) / 2 = 2.5; rank ⌈0.9 × 4⌉ = 4 → 10. February: 5 days 1 h.
    expect(publicationTime(getDb(), SHANGHAI)).toEqual([
      { month: '2024-01', releases: 4, medianDays: 2.5, p90Days: 10 },
      { month: '2024-02', releases: 1, medianDays: 5, p90Days: 5 },
    ]);
  });

  it('give the review cycle times per kind and the changes requested', () => {
    // Release: cycles of 2 h (changes requested) and 4 h → median 3 h. Minutes: one cycle of 6 h.
    expect(reviewTimes(getDb())).toEqual([
      { kind: 'minutes', cycles: 1, medianHours: 6, changesRequested: 0 },
      { kind: 'press_release', cycles: 2, medianHours: 3, changesRequested: 1 },
    ]);
  });

  it('count the publications per month and language', () => {
    expect(publicationsPerMonth(getDb(), SHANGHAI)).toEqual([
      { month: '2024-01', language: 'en', count: 1 },
      { month: '2024-01', language: 'zh', count: 4 },
      { month: '2024-02', language: 'zh', count: 1 },
    ]);
  });

  it("reads the zone's offset", () => {
    expect(zoneOffsetMs(new Date('2024-01-31T17:00:00Z'), 'Asia/Shanghai')).toBe(SHANGHAI);
    expect(zoneOffsetMs(new Date('2024-07-01T00:00:00Z'), 'UTC')).toBe(0);
  });
});
