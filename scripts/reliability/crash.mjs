// Crash durability: staff writers save, submit and create meetings over HTTP against the production
// server while it is killed with SIGKILL at random moments and restarted, again and again. After each
// restart: PRAGMA integrity_check is ok, every write a client saw acknowledged is there in full, and the
// documents, revisions, transitions and audit events agree (scripts/reliability/check.mjs).
//
//   node scripts/reliability/crash.mjs     (CRASH_KILLS=50, CRASH_WRITERS=8, RELIABILITY_PORT=3470)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDatabase, demoState, documentState } from './check.mjs';
import {
  actionIds,
  busyLines,
  ensureBuild,
  productionServer,
  runWhenMain,
  signIn,
  sleep,
  tempDir,
  writeLatencies,
} from './harness.mjs';
import { Writer } from './writers.mjs';

/**
 * Kills during a first start, while the server migrates and fills the demo: whatever moment the kill
 * comes, the next start must end with the whole demo and rows that agree, never half of it.
 */
async function firstStartKills({ count, port, dir }) {
  const found = { none: 0, empty: 0, complete: 0, partial: 0 };
  const failures = [];
  for (let i = 0; i < count; i++) {
    const databasePath = path.join(dir, `first-start-${i}.db`);
    const logFile = path.join(dir, `first-start-${i}.log`);
    const server = productionServer({ port, databasePath, logFile, env: { BACKUP_DIR: 'off' } });
    const starting = server.start().catch(() => {});
    // Aim at the filling: from the moment the database file appears, a random delay within about the
    // time the demo takes.
    const deadline = Date.now() + 30_000;
    while (!existsSync(databasePath) && Date.now() < deadline) await sleep(10);
    await sleep(Math.random() * 1500);
    await server.kill('SIGKILL');
    await starting;
    const state = demoState(databasePath);
    found[state] += 1;
    await server.start();
    const after = demoState(databasePath);
    const check = checkDatabase(databasePath, []);
    await server.kill('SIGTERM');
    if (state === 'partial' || after !== 'complete' || !check.ok) {
      failures.push({ kill: i + 1, foundAfterKill: state, afterRestart: after, integrity: check.integrity });
    }
  }
  return { kills: count, foundAfterKill: found, failures };
}

export async function runCrash({
  firstStarts = Number(process.env.CRASH_FIRST_START_KILLS ?? 5),
  kills = Number(process.env.CRASH_KILLS ?? 50),
  writers: writerCount = Number(process.env.CRASH_WRITERS ?? 8),
  port = Number(process.env.RELIABILITY_PORT ?? 3470),
  // The server is killed between these many milliseconds after it answered again.
  minUpMs = 500,
  maxUpMs = 4000,
} = {}) {
  ensureBuild();
  const started = Date.now();
  const dir = tempDir('gazette-crash-');
  const firstStart = await firstStartKills({ count: firstStarts, port, dir });
  const databasePath = path.join(dir, 'crash.db');
  const logFile = path.join(dir, 'server.log');
  const server = productionServer({ port, databasePath, logFile, env: { BACKUP_DIR: 'off' } });
  await server.start();

  const action = actionIds();
  const acknowledged = [];
  const db = () => documentState(databasePath);
  const setup = db();
  const bodyId = setup.firstBody();
  setup.close();
  const writers = [];
  for (let index = 0; index < writerCount; index++) {
    const cookie = await signIn(server.base, action, 'secretary', 'secretary-demo-2024');
    writers.push(
      new Writer({
        index,
        base: () => server.base,
        action,
        cookie,
        bodyId,
        minutesOf: (meetingId) => {
          const state = db();
          try {
            return state.minutesOf(meetingId);
          } finally {
            state.close();
          }
        },
        acknowledged: (ack) => acknowledged.push(ack),
      }),
    );
  }

  // Each writer's first meeting, before the first kill: a cold server can take longer than a round.
  await Promise.all(
    writers.map(async (w) => {
      while (w.documentId === null) await w.step();
    }),
  );

  const failures = [];
  let killCount = 0;
  let downMs = 0;
  let inFlightAtKill = 0;
  for (let round = 1; round <= kills; round++) {
    let running = true;
    const loops = writers.map((w) => w.run(() => running));
    await sleep(minUpMs + Math.random() * (maxUpMs - minUpMs));
    const unansweredBefore = writers.reduce((n, w) => n + w.unanswered, 0);
    const killedAt = Date.now();
    await server.kill('SIGKILL');
    running = false;
    killCount += 1;
    await Promise.all(loops);
    inFlightAtKill += writers.reduce((n, w) => n + w.unanswered, 0) - unansweredBefore;

    await server.start();
    downMs += Date.now() - killedAt;
    const check = checkDatabase(databasePath, acknowledged);
    if (!check.ok) {
      failures.push({ round, ...check, lost: check.lost.slice(0, 5), partial: check.partial.slice(0, 5) });
      console.error(`✗ after kill ${round}:`, JSON.stringify(failures.at(-1)));
    }
    const state = db();
    for (const w of writers) w.resync(state.read);
    state.close();
    if (round % 10 === 0) {
      console.log(
        `  ${round} kills, ${acknowledged.length} acknowledged writes, ${failures.length} failed checks`,
      );
    }
  }

  // A clean stop at the end, then one last look at the file the server left behind.
  await server.kill('SIGTERM');
  const final = checkDatabase(databasePath, acknowledged);
  if (!final.ok) failures.push({ round: 'final', ...final, lost: final.lost.slice(0, 5) });
  const log = readFileSync(logFile, 'utf8');
  const writerErrors = writers.flatMap((w) => w.errors);
  const figures = {
    firstStartKills: firstStart.kills,
    firstStartFoundAfterKill: firstStart.foundAfterKill,
    firstStartFailures: firstStart.failures,
    kills: killCount,
    writers: writerCount,
    acknowledgedWrites: acknowledged.length,
    acknowledgedByKind: countBy(acknowledged, (a) => a.op),
    unansweredAtKill: inFlightAtKill,
    lost: final.lost.length + failures.reduce((n, f) => n + (f.round === 'final' ? 0 : f.lost.length), 0),
    partial:
      final.partial.length +
      failures.reduce((n, f) => n + (f.round === 'final' ? 0 : f.partial.length), 0) +
      failures.reduce((n, f) => n + Object.keys(f.disagreements).length, 0),
    integrityChecks: killCount + 1,
    integrityFailures: failures.filter((f) => f.integrity !== 'ok').length,
    failedChecks: failures.length,
    writerErrors: writerErrors.length,
    writerErrorSamples: writerErrors.slice(0, 5),
    busyLinesInServerLog: busyLines(log).length,
    meanRestartMs: Math.round(downMs / Math.max(1, killCount)),
    writeLatencyMs: writeLatencies(writers),
    finalCounts: final.counts,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  figures.passed =
    firstStart.failures.length === 0 &&
    figures.kills >= kills &&
    figures.lost === 0 &&
    figures.partial === 0 &&
    figures.failedChecks === 0 &&
    figures.busyLinesInServerLog === 0 &&
    figures.writerErrors === 0;
  return figures;
}

function countBy(list, key) {
  const counts = {};
  for (const item of list) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

runWhenMain(import.meta.url, runCrash);
