// Load with writers and an online backup: autocannon on 127.0.0.1 (50 connections, 60 s) across the public
// pages while staff writers save, submit and create meetings over HTTP and `npm run backup` (VACUUM INTO,
// another process) runs a few times. Then the backups are checked (integrity, every write acknowledged
// before each began, the consistency rules) and the last one is restored with `npm run restore`: refused
// while the server runs, done once it is stopped, and the server serves the restored database.
//
//   node scripts/reliability/load.mjs   (LOAD_SECONDS=60, LOAD_CONNECTIONS=50, LOAD_WRITERS=20)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { checkDatabase, documentState, rowCounts } from './check.mjs';
import {
  ROOT,
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

/** Runs an npm script as its own process; resolves with its exit code, output and wall time. */
function npmRun(args, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) =>
      resolve({ code, output: output.trim(), ms: Math.round(performance.now() - started) }),
    );
  });
}

export async function runLoad({
  seconds = Number(process.env.LOAD_SECONDS ?? 60),
  connections = Number(process.env.LOAD_CONNECTIONS ?? 50),
  writers: writerCount = Number(process.env.LOAD_WRITERS ?? 20),
  port = Number(process.env.RELIABILITY_PORT ?? 3470) + 1,
} = {}) {
  ensureBuild();
  const dir = tempDir('gazette-load-');
  const databasePath = path.join(dir, 'load.db');
  const backupDir = path.join(dir, 'backups');
  const logFile = path.join(dir, 'server.log');
  const server = productionServer({ port, databasePath, logFile, env: { BACKUP_DIR: 'off' } });
  await server.start();

  // The public pages: home, the demo release (found in the sitemap's first file of releases), archive,
  // search, feed.
  const sitemap = await (await fetch(`${server.base}/sitemaps/releases-1.xml`)).text();
  const release = /<loc>https?:\/\/[^/]+(\/releases\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!release) throw new Error('no release in the sitemap');
  const pages = ['/', release, '/archive', '/search?q=vehicle', '/feed.xml'];
  for (const page of pages) {
    const status = (await fetch(`${server.base}${page}`)).status;
    if (status !== 200) throw new Error(`${page} answered ${status} before the load`);
  }
  // As a TLS-terminating reverse proxy forwards them: every page must still be served by this server
  // itself (a rewrite that Next forwards over the network would try https on this plain-HTTP port).
  const behindTlsProxy = {};
  for (const page of pages) {
    const response = await fetch(`${server.base}${page}`, { headers: { 'x-forwarded-proto': 'https' } });
    behindTlsProxy[page] = response.status;
  }

  const action = actionIds();
  const acknowledged = [];
  const state = documentState(databasePath);
  const bodyId = state.firstBody();
  const writers = [];
  for (let index = 0; index < writerCount; index++) {
    writers.push(
      new Writer({
        index,
        base: () => server.base,
        action,
        cookie: await signIn(server.base, action, 'secretary', 'secretary-demo-2024'),
        bodyId,
        minutesOf: (meetingId) => state.minutesOf(meetingId),
        acknowledged: (ack) => acknowledged.push(ack),
        // Creating a meeting answers with a redirect, which Next renders by fetching the new page from
        // itself over HTTP, behind the load's queue: mostly saves and submissions, as in a working day.
        newMeetingChance: 0.01,
      }),
    );
  }
  // Each writer's first meeting, before the load starts.
  await Promise.all(writers.map((w) => w.step()));

  let writing = true;
  const loops = writers.map((w) => w.run(() => writing));
  const backups = [];
  const backupRuns = (async () => {
    for (const at of [0.2, 0.45, 0.7]) {
      await sleep(at * seconds * 1000 - (backups.at(-1)?.endedAfterMs ?? 0));
      const startedAt = Date.now();
      const acksBefore = acknowledged.length;
      const run = await npmRun(['backup', '--', '--dir', backupDir, '--keep', '14'], {
        DATABASE_PATH: databasePath,
      });
      backups.push({
        code: run.code,
        output: run.output,
        processMs: run.ms,
        vacuumMs: Number(/, (\d+) ms, integrity ok/.exec(run.output)?.[1] ?? NaN),
        startedAt,
        acksBefore,
        endedAfterMs: at * seconds * 1000 + run.ms,
      });
    }
  })();

  const load = await autocannon({
    url: server.base,
    connections,
    duration: seconds,
    // A request unanswered after 30 s counts as an error (autocannon's default is 10 s; the figures are
    // taken on a shared machine).
    timeout: 30,
    requests: pages.map((p) => ({ method: 'GET', path: p })),
  });
  await backupRuns;
  writing = false;
  await Promise.all(loops);

  // Each backup holds every write acknowledged before it began, and its rows agree with one another.
  const files = readdirSync(backupDir)
    .filter((f) => f.endsWith('.db'))
    .sort();
  const backupChecks = backups.map((b, i) => {
    const file = files[i] ? path.join(backupDir, files[i]) : null;
    const check = file && b.code === 0 ? checkDatabase(file, acknowledged.slice(0, b.acksBefore)) : null;
    return {
      exitCode: b.code,
      vacuumMs: b.vacuumMs,
      processMs: b.processMs,
      integrity: check?.integrity ?? 'not taken',
      acknowledgedBefore: b.acksBefore,
      lost: check ? check.lost.length : null,
      consistent: check ? Object.keys(check.disagreements).length === 0 && check.partial.length === 0 : false,
      output: b.code === 0 ? undefined : b.output,
    };
  });

  // Restore: refused while the server runs; done with it stopped; then served.
  const lastBackup = files.length ? path.join(backupDir, files.at(-1)) : null;
  const restore = {
    refusedWhileRunning: false,
    code: null,
    integrity: null,
    countsMatch: false,
    servedAfter: false,
  };
  if (lastBackup) {
    const early = await npmRun(['restore', '--', lastBackup], { DATABASE_PATH: databasePath });
    restore.refusedWhileRunning = early.code !== 0 && /stop the server first/.test(early.output);
    // Our own reader closes first: the last connection to close is the one that folds the write-ahead
    // log back into the file, and a stopped server must leave one self-contained file.
    state.close();
    await server.kill('SIGTERM');
    const run = await npmRun(['restore', '--', lastBackup], { DATABASE_PATH: databasePath });
    restore.code = run.code;
    restore.output = run.output;
    const expected = withDb(lastBackup, rowCounts);
    const restored = checkDatabase(databasePath, acknowledged.slice(0, backups.at(-1).acksBefore));
    restore.integrity = restored.integrity;
    restore.lost = restored.lost.length;
    restore.countsMatch = JSON.stringify(restored.counts) === JSON.stringify(expected);
    restore.counts = restored.counts;
    await server.start();
    const statuses = await Promise.all(pages.map(async (p) => (await fetch(`${server.base}${p}`)).status));
    restore.servedAfter = statuses.every((s) => s === 200);
    await server.kill('SIGTERM');
  } else {
    state.close();
    await server.kill('SIGTERM');
  }

  const log = readFileSync(logFile, 'utf8');
  const writerErrors = writers.flatMap((w) => w.errors);
  const figures = {
    seconds,
    connections,
    pages,
    requests: load.requests.total,
    requestsPerSecond: load.requests.average,
    latencyMs: { p50: load.latency.p50, p99: load.latency.p99, max: load.latency.max },
    non2xx: load.non2xx,
    errors: load.errors,
    timeouts: load.timeouts,
    statusCodes: Object.fromEntries(Object.entries(load.statusCodeStats).map(([k, v]) => [k, v.count])),
    writers: writerCount,
    writerOps: writers.reduce((n, w) => n + w.ops, 0),
    writerAcknowledged: acknowledged.length,
    writerErrors: writerErrors.length,
    writerUnanswered: writers.reduce((n, w) => n + w.unanswered, 0),
    writerErrorSamples: writerErrors.slice(0, 5),
    writeLatencyMs: writeLatencies(writers),
    busyLinesInServerLog: busyLines(log).length,
    behindTlsProxy,
    selfProxiedLines: log.split('\n').filter((l) => l.includes('Failed to proxy')).length,
    serverErrorLines: log
      .split('\n')
      .filter((l) => /⨯|Error:|\[action /.test(l))
      .slice(0, 5),
    backups: backupChecks,
    restore,
  };
  figures.passed =
    Object.values(behindTlsProxy).every((s) => s === 200) &&
    figures.selfProxiedLines === 0 &&
    figures.non2xx === 0 &&
    figures.errors === 0 &&
    figures.timeouts === 0 &&
    figures.writerErrors === 0 &&
    figures.writerUnanswered === 0 &&
    figures.busyLinesInServerLog === 0 &&
    backupChecks.length === 3 &&
    backupChecks.every((b) => b.exitCode === 0 && b.integrity === 'ok' && b.lost === 0 && b.consistent) &&
    restore.refusedWhileRunning &&
    restore.code === 0 &&
    restore.integrity === 'ok' &&
    restore.lost === 0 &&
    restore.countsMatch &&
    restore.servedAfter;
  return figures;
}

function withDb(file, fn) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

runWhenMain(import.meta.url, runLoad);
