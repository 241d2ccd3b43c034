import { sql } from 'drizzle-orm';
import { beforeAll, bench, describe } from 'vitest';
import { getDb } from '@/db';
import {
  itemsByStatus,
  overdueByUnit,
  publicationsPerMonth,
  publicationTime,
  reviewTimes,
} from '@/data/dashboard';
import { useTempDatabase } from '@/test/support/temp-db';

// The dashboard's five queries at 10,000 meetings (each with a Chinese release and its English translation,
// their review transitions, and three follow-up items): server time per query, goal ≤ 50 ms each.
// Run with `npm run bench:dashboard`. The rows are written with plain inserts: generating is not measured.

const MEETINGS = 10_000;
const UNITS = 20;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHANGHAI = 8 * HOUR;
const TODAY = '2031-06-15';

beforeAll(() => {
  useTempDatabase();
  const db = getDb();
  db.run(sql`PRAGMA synchronous = OFF`);
  db.run(sql`insert into bodies (id, name, meeting_name) values (1, 'the Body', 'Executive Meeting')`);
  for (let u = 1; u <= UNITS; u++)
    db.run(sql`insert into units (id, body_id, name) values (${u}, 1, ${`Unit ${u}`})`);
  const start = Date.UTC(2004, 0, 1);
  db.transaction((tx) => {
    for (let i = 1; i <= MEETINGS; i++) {
      const held = start + i * DAY;
      const heldOn = new Date(held).toISOString().slice(0, 10);
      tx.run(
        sql`insert into meetings (id, body_id, session_number, held_on, chair_name) values (${i}, 1, ${i}, ${heldOn}, 'Chair')`,
      );
      const published = held + ((i % 9) + 1) * DAY;
      const zh = 2 * i - 1;
      const en = 2 * i;
      tx.run(sql`insert into documents (id, meeting_id, kind, language, visibility, publication_state, first_published_at)
                 values (${zh}, ${i}, 'press_release', 'zh', 'public', 'published', ${published})`);
      tx.run(sql`insert into documents (id, meeting_id, kind, language, visibility, translation_of_id, publication_state, first_published_at)
                 values (${en}, ${i}, 'press_release', 'en', 'public', ${zh}, 'published', ${published + DAY})`);
      for (const doc of [zh, en]) {
        const t0 = held + HOUR;
        const steps: [string, string, number][] =
          i % 4 === 0
            ? [
                ['submit', 'in_review:1', t0],
                ['request_changes', 'draft', t0 + 3 * HOUR],
                ['submit', 'in_review:1', t0 + 5 * HOUR],
                ['approve', 'in_review:2', t0 + 7 * HOUR],
                ['approve', 'approved', t0 + 9 * HOUR],
              ]
            : [
                ['submit', 'in_review:1', t0],
                ['approve', 'in_review:2', t0 + 2 * HOUR],
                ['approve', 'approved', t0 + (i % 5) * HOUR + 3 * HOUR],
              ];
        for (const [action, toState, at] of [...steps, ['publish', 'published', published] as const])
          tx.run(sql`insert into transitions (document_id, action, from_state, to_state, created_at)
                     values (${doc}, ${action}, '', ${toState}, ${at})`);
      }
      for (let k = 0; k < 3; k++) {
        const state = ['not_started', 'in_progress', 'done', 'cancelled'][(i + k) % 4]!;
        const deadline = new Date(held + (30 + k * 60) * DAY).toISOString().slice(0, 10);
        tx.run(sql`insert into follow_up_items (meeting_id, position, lead_unit_id, state, deadline)
                   values (${i}, ${k + 1}, ${((i + k) % UNITS) + 1}, ${state}, ${deadline})`);
      }
    }
  });
  db.run(sql`PRAGMA synchronous = FULL`);
  db.run(sql`ANALYZE`);
}, 600_000);

describe(`dashboard queries, ${MEETINGS} meetings`, () => {
  bench('follow-up items by status', () => {
    itemsByStatus(getDb(), TODAY);
  });
  bench('overdue items by unit', () => {
    overdueByUnit(getDb(), TODAY);
  });
  bench('days from meeting to publication per month (median, p90)', () => {
    publicationTime(getDb(), SHANGHAI);
  });
  bench('review cycle time per kind, changes requested', () => {
    reviewTimes(getDb());
  });
  bench('publications per month per language', () => {
    publicationsPerMonth(getDb(), SHANGHAI);
  });
});
