import { sql } from 'drizzle-orm';
import { beforeAll, bench, describe } from 'vitest';
import { getDb } from '@/db';
import { systemActor, type Actor } from '@/data/actor';
import { listReviewQueue } from '@/data/documents';
import { createBody, createMeeting } from '@/data/meetings';
import { listMeetings } from '@/data/meeting-register';
import { createUser } from '@/data/users';
import { useTempDatabase } from '@/test/support/temp-db';

// The meeting register with 10,000 meetings: server time of the queries behind its first page, a
// filtered page, a search, and the review queue. Run with `npm run bench:register`.

const MEETINGS = 10_000;
let secretary: Actor;
let leader: Actor;

beforeAll(async () => {
  useTempDatabase();
  // Generating is not what is measured: skip the per-commit fsync while filling.
  getDb().run(sql`PRAGMA synchronous = OFF`);
  const seed = systemActor('seed');
  const make = async (username: string, roles: ('secretary' | 'leader')[]): Promise<Actor> => ({
    kind: 'user',
    userId: (await createUser(seed, { username, displayName: username, password: 'a-long-password', roles }))
      .id,
    roles,
  });
  secretary = await make('bench-secretary', ['secretary']);
  leader = await make('bench-leader', ['leader']);
  const bodies = [
    createBody(seed, { originalLanguage: 'en', name: 'the Body A', meetingName: 'Executive Meeting' }),
    createBody(seed, { originalLanguage: 'en', name: 'the Body B', meetingName: 'Plenary' }),
  ];
  const started = performance.now();
  for (let i = 0; i < MEETINGS; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    createMeeting(secretary, {
      bodyId: bodies[i % 2]!.id,
      sessionNumber: (i % 150) + 1,
      heldOn: day,
      location: 'Chengdu',
      chairName: `Chair ${i % 97} Surname${i % 13}`,
      chairTitle: 'Governor',
      attendees: '',
      purpose: 'to discuss the work.',
      status: i % 10 === 0 ? 'scheduled' : 'held',
    });
  }
  getDb().run(sql`PRAGMA synchronous = FULL`);
  console.log(
    `generated ${MEETINGS} meetings through the data layer in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 600_000);

describe(`meeting register, ${MEETINGS} meetings`, () => {
  bench('first page (newest first)', () => {
    listMeetings(secretary, {}, 1, 25);
  });
  bench('filtered: status held, release draft, one year', () => {
    listMeetings(
      secretary,
      { status: 'held', releaseState: 'draft', from: '2010-01-01', to: '2010-12-31' },
      1,
      25,
    );
  });
  bench('search: chair name substring', () => {
    listMeetings(secretary, { q: 'Surname7' }, 1, 25);
  });
  bench('page 200 sorted by session number', () => {
    listMeetings(secretary, { sort: 'number_asc' }, 200, 25);
  });
  bench('review queue of a leader', () => {
    listReviewQueue(leader);
  });
});
