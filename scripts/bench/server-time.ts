// Server time of the search and of the workspace's heaviest reads, measured by calling the data layer in
// this process on the benchmark database (DATABASE_PATH), the same functions the pages call. Prints JSON.
//   DATABASE_PATH=/tmp/x.db tsx --conditions=react-server scripts/bench/server-time.ts
import { count } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { listReviewQueue } from '@/data/documents';
import { listMeetings } from '@/data/meeting-register';
import { listPublishedReleases } from '@/data/public-releases';
import { searchReleases } from '@/data/search';
import { releasePath } from '@/domain/release-address';
import { BENCH_WORDS } from './words';
import { demoActor } from './demo-actor';

const SEARCH_QUERIES: Record<string, string> = {
  'one word, rare': BENCH_WORDS.rare,
  'one word, common': 'development',
  'two words': 'flood prevention',
  phrase: '"high-quality development"',
  'Chinese, 2 characters': '会议',
  'Chinese, 4 characters': '生态文明',
  'Chinese, 4 characters, rare': BENCH_WORDS.rareChinese,
};

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

function timings(run: () => unknown): { p50: number; p95: number; max: number; n: number } {
  for (let i = 0; i < 3; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = process.hrtime.bigint();
    run();
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: ms[ms.length - 1]!, n: ms.length };
}

const secretary = demoActor('secretary');
const leader = demoActor('leader');
const search: Record<string, ReturnType<typeof timings> & { query: string; total: number }> = {};
for (const [label, q] of Object.entries(SEARCH_QUERIES)) {
  const total = searchReleases('en', q).total;
  search[label] = { query: q, total, ...timings(() => searchReleases('en', q)) };
}
const workspace = {
  'register, first page': timings(() => listMeetings(secretary, {}, 1, 25)),
  'register, filtered': timings(() =>
    listMeetings(
      secretary,
      { status: 'held', releaseState: 'published', from: '2001-03-01', to: '2001-12-31' },
      1,
      25,
    ),
  ),
  'register, searched': timings(() => listMeetings(secretary, { q: 'Zhao Lei' }, 1, 25)),
  'review queue': timings(() => listReviewQueue(leader)),
};
const meetings = getDb().select({ n: count() }).from(schema.meetings).get()?.n ?? 0;
// The release the load runs read: one from the middle of the archive.
const { rows, total } = listPublishedReleases('en', 1, 1);
const middle = listPublishedReleases('en', Math.max(1, Math.floor(total / 2)), 1).rows[0] ?? rows[0];
if (!middle) throw new Error('no published release');
console.log(
  JSON.stringify({ meetings, published: total, releasePath: releasePath(middle), search, workspace }),
);
