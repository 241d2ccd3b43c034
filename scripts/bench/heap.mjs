// The server's heap limit, side by side: for each SERVER_HEAP_MB setting, `next start` on a copy of the
// 10,000-release benchmark database, the release page and the home page under load, and the resident
// memory afterwards. Settings take turns, round after round, so that the machine's noise falls on all.
//
//   npm run bench:heap                          # settings 0 (no limit), 128, 256; 3 rounds
//   BENCH_HEAP_SETTINGS=0,128 BENCH_HEAP_ROUNDS=5 npm run bench:heap
//
// It needs `npm run bench` to have run once: it uses that build (BENCH_DIST_DIR, default .next-bench) and
// its cached 10,000-release database (BENCH_CACHE_DIR). Everything listens on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nextStartArgs } from '../next-start.mjs';
import { killAllChildren, killChild, load, startChild, treeRssMb, waitForServer } from './lib.mjs';

const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench';
const CACHE = process.env.BENCH_CACHE_DIR ?? path.join(os.tmpdir(), 'gazette-bench-cache');
const SETTINGS = (process.env.BENCH_HEAP_SETTINGS ?? '0,128,256').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_HEAP_ROUNDS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const version = /GENERATOR_VERSION = (\d+)/.exec(readFileSync('scripts/bench/generate.ts', 'utf8'))[1];
const database = path.join(CACHE, `gen-v${version}`, '10000.db');
const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-heap-'));
const log = (...args) => console.error('[bench:heap]', ...args);

for (const [what, file] of [
  ['a build', path.join(DIST, 'BUILD_ID')],
  ['the 10,000-release database', database],
]) {
  if (!existsSync(file)) {
    console.error(`No ${what} at ${file}: run \`npm run bench\` first.`);
    process.exit(2);
  }
}
process.on('SIGINT', () => {
  killAllChildren();
  rmSync(work, { recursive: true, force: true });
  process.exit(130);
});

/** One setting, one round: a fresh copy of the database, a fresh server, the same load. */
async function measure(heapMb) {
  const dbPath = path.join(work, 'heap.db');
  copyFileSync(database, dbPath);
  const server = startChild(process.execPath, nextStartArgs(PORT, heapMb), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: dbPath,
      DEMO_DATA: '0',
      BACKUP_DIR: 'off',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
    },
  });
  try {
    await waitForServer(`${ORIGIN}/`, 60_000, server);
    const home = await (await fetch(`${ORIGIN}/`)).text();
    const releaseUrl = `${ORIGIN}${/href="(\/releases\/[^"]+)"/.exec(home)[1]}`;
    await load(releaseUrl, 10, 2);
    const release10 = await load(releaseUrl, 10, 8);
    const release50 = await load(releaseUrl, 50, 5);
    const home10 = await load(`${ORIGIN}/`, 10, 4);
    return { release10, release50, home10, rssMb: treeRssMb(server.pid) };
  } finally {
    await killChild(server);
    for (const suffix of ['', '-wal', '-shm', '.auth-secret']) rmSync(`${dbPath}${suffix}`, { force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const label = (mb) => (mb === 0 ? 'no limit' : `${mb} MB`);

const runs = new Map(SETTINGS.map((s) => [s, []]));
for (let round = 1; round <= ROUNDS; round++) {
  for (const heapMb of SETTINGS) {
    const r = await measure(heapMb);
    log(
      `round ${round}, ${label(heapMb)}: ${r.release10.rps} req/s p99 ${r.release10.p99} ms; RSS ${r.rssMb} MB`,
    );
    runs.get(heapMb).push(r);
  }
}
rmSync(work, { recursive: true, force: true });

const base = SETTINGS[0];
const summary = SETTINGS.map((heapMb) => {
  const rs = runs.get(heapMb);
  const m = (pick) => median(rs.map(pick));
  return {
    heapMb,
    rps10: m((r) => r.release10.rps),
    p99At10: m((r) => r.release10.p99),
    rps50: m((r) => r.release50.rps),
    p99At50: m((r) => r.release50.p99),
    homeRps10: m((r) => r.home10.rps),
    rssMb: m((r) => r.rssMb),
  };
});
const first = summary.find((s) => s.heapMb === base);
console.log(`\nMedians of ${ROUNDS} rounds (10,000 releases; ratios against ${label(base)}):\n`);
console.log(
  '| heap limit | release req/s at 10 | p99 at 10 | req/s at 50 | p99 at 50 | home req/s | RSS after |',
);
console.log('|---|---|---|---|---|---|---|');
for (const s of summary) {
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  console.log(
    `| ${label(s.heapMb)} | ${s.rps10} (${ratio(s.rps10, first.rps10)}) | ${s.p99At10} ms | ${s.rps50} (${ratio(s.rps50, first.rps50)}) | ${s.p99At50} ms | ${s.homeRps10} | ${s.rssMb} MB (${ratio(s.rssMb, first.rssMb)}) |`,
  );
}
