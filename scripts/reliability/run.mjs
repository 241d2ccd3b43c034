// `npm run test:reliability`: crash durability (50 kills) and load with writers and online backups (60 s),
// on 127.0.0.1 only. Prints a table of figures, writes them to .reports/reliability-figures.json, and exits
// non-zero when any requirement fails. Stops itself (cleaning up servers and temporary files) after 15 min.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCrash } from './crash.mjs';
import { cleanUp, DIST_DIR, ensureBuild, ROOT } from './harness.mjs';
import { checkDependencies } from './dependencies.mjs';
import { runLoad } from './load.mjs';

const LIMIT_MS = 15 * 60 * 1000 - 20_000;
const watchdog = setTimeout(() => {
  console.error('✗ the reliability run took too long: stopped');
  cleanUp();
  process.exit(1);
}, LIMIT_MS);
watchdog.unref();

const started = Date.now();
const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
};
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
})();

function row(name, value, requirement, ok) {
  return { name, value: typeof value === 'object' ? JSON.stringify(value) : String(value), requirement, ok };
}

let crash;
let load;
let dependencies;
try {
  ensureBuild();
  console.log('▶ crash durability');
  crash = await runCrash();
  console.log('▶ load with writers and online backups');
  load = await runLoad();
  console.log('▶ dependencies');
  dependencies = checkDependencies();
} catch (error) {
  console.error('✗ the reliability run failed:', error);
  cleanUp();
  process.exit(1);
}

const backups = load.backups;
const rows = [
  row(
    'crash: kills during a first start (filling the demo)',
    `${crash.firstStartKills}: ${Object.entries(crash.firstStartFoundAfterKill)
      .filter(([, n]) => n > 0)
      .map(([state, n]) => `${n} ${state}`)
      .join(', ')}`,
    'never partial',
    crash.firstStartFailures.length === 0,
  ),
  row('crash: SIGKILLs (restarted each time)', crash.kills, '≥ 50', crash.kills >= 50),
  row('crash: acknowledged writes', crash.acknowledgedWrites, '> 0', crash.acknowledgedWrites > 0),
  row('crash: lost acknowledged writes', crash.lost, '0', crash.lost === 0),
  row('crash: partial writes / disagreeing rows', crash.partial, '0', crash.partial === 0),
  row(
    'crash: integrity checks failed',
    `${crash.integrityFailures} of ${crash.integrityChecks}`,
    '0',
    crash.integrityFailures === 0,
  ),
  row('crash: writes unanswered at a kill (not acknowledged)', crash.unansweredAtKill, 'info', true),
  row('crash: writer errors shown', crash.writerErrors, '0', crash.writerErrors === 0),
  row('crash: mean kill-to-serving time (ms)', crash.meanRestartMs, 'info', true),
  row('load: requests (50 connections, 60 s)', load.requests, 'info', true),
  row('load: requests/s', load.requestsPerSecond, 'info', true),
  row('load: latency p50 / p99 (ms)', `${load.latencyMs.p50} / ${load.latencyMs.p99}`, 'info', true),
  row(
    'load: public pages behind a TLS proxy answered 200',
    `${Object.values(load.behindTlsProxy).filter((s) => s === 200).length} of ${load.pages.length}`,
    'all',
    Object.values(load.behindTlsProxy).every((s) => s === 200),
  ),
  row(
    'load: rewrites forwarded over the network (log)',
    load.selfProxiedLines,
    '0',
    load.selfProxiedLines === 0,
  ),
  row('load: non-2xx responses', load.non2xx, '0', load.non2xx === 0),
  row('load: errors and timeouts', load.errors, '0', load.errors === 0),
  row(
    'load: writer writes acknowledged / errors',
    `${load.writerAcknowledged} / ${load.writerErrors}`,
    'errors 0',
    load.writerErrors === 0 && load.writerUnanswered === 0,
  ),
  row(
    'load: save p50 / p99 (ms)',
    `${load.writeLatencyMs.save.p50} / ${load.writeLatencyMs.save.p99}`,
    'info',
    true,
  ),
  row(
    'load + crash: SQLITE_BUSY/locked lines in server logs',
    load.busyLinesInServerLog + crash.busyLinesInServerLog,
    '0',
    load.busyLinesInServerLog + crash.busyLinesInServerLog === 0,
  ),
  row(
    'backup: online backups (VACUUM INTO) ok',
    `${backups.filter((b) => b.exitCode === 0 && b.integrity === 'ok' && b.lost === 0 && b.consistent).length} of ${backups.length}`,
    'all',
    backups.length > 0 &&
      backups.every((b) => b.exitCode === 0 && b.integrity === 'ok' && b.lost === 0 && b.consistent),
  ),
  row(
    'backup: VACUUM INTO ms (each) / process ms (each)',
    `${backups.map((b) => b.vacuumMs).join(', ')} / ${backups.map((b) => b.processMs).join(', ')}`,
    'info',
    true,
  ),
  row(
    'restore: refused while serving; integrity; counts match; serves',
    `${load.restore.refusedWhileRunning}; ${load.restore.integrity}; ${load.restore.countsMatch}; ${load.restore.servedAfter}`,
    'true; ok; true; true',
    load.restore.refusedWhileRunning &&
      load.restore.integrity === 'ok' &&
      load.restore.countsMatch &&
      load.restore.servedAfter,
  ),
  // A check that could not run is shown as such ("–"), neither passed nor failed.
  row(
    'dependencies: npm audit --omit=dev high + critical',
    dependencies.status === 'blocked'
      ? `blocked: ${dependencies.error}`
      : dependencies.vulnerabilities.high + dependencies.vulnerabilities.critical,
    '0',
    dependencies.status === 'blocked' ? null : dependencies.status === 'passed',
  ),
];

const width = Math.max(...rows.map((r) => r.name.length));
const valueWidth = Math.min(40, Math.max(...rows.map((r) => r.value.length)));
const mark = (ok) => (ok === null ? '–' : ok ? '✓' : '✗');
console.log('');
for (const r of rows) {
  console.log(`${mark(r.ok)} ${r.name.padEnd(width)}  ${r.value.padEnd(valueWidth)}  (${r.requirement})`);
}
const passed = crash.passed && load.passed && rows.every((r) => r.ok !== false);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${passed ? 'passed' : 'FAILED'} in ${seconds} s (build: ${DIST_DIR}, commit ${commit})`);

mkdirSync(path.join(ROOT, '.reports'), { recursive: true });
writeFileSync(
  path.join(ROOT, '.reports/reliability-figures.json'),
  `${JSON.stringify({ at: new Date().toISOString(), commit, machine, seconds, passed, table: rows, crash, load, dependencies }, null, 2)}\n`,
);
console.log('figures written to .reports/reliability-figures.json');
cleanUp();
process.exit(passed ? 0 : 1);
