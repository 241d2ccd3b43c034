// Shared by the reliability scripts: a production server on a temporary database (started, killed and
// restarted by process group), staff clients that sign in and call server actions over HTTP the way the
// browser does, and clean-up that runs however the script ends. Everything listens on 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nextStartArgs } from '../next-start.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

const cleanups = [];
let cleaned = false;
/** Runs every registered clean-up once, newest first. */
export function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch {
      // Clean-up is best effort; one failure must not keep the rest from running.
    }
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}
process.on('uncaughtException', (error) => {
  console.error(error);
  cleanUp();
  process.exit(1);
});

/** A temporary directory removed at exit (set KEEP_TEMP=1 to keep it for a post-mortem). */
export function tempDir(prefix) {
  const parent = process.env.RELIABILITY_TMP ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, prefix));
  cleanups.push(() => {
    if (process.env.KEEP_TEMP === '1') console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Builds the app into DIST_DIR unless a build is there already. */
export function ensureBuild() {
  if (existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) return;
  console.log(`no build in ${DIST_DIR}: running next build`);
  const never = path.join(tempDir('gazette-build-'), 'must-not-exist.db');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', DATABASE_PATH: never },
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status})`);
}

/**
 * Runs `run` when `moduleUrl` is the script node was started with (not when it is imported by run.mjs):
 * prints its figures and exits 0 if they passed, 1 otherwise, cleaning up either way.
 */
export function runWhenMain(moduleUrl, run) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run()
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2));
      cleanUp();
      process.exit(figures.passed ? 0 : 1);
    })
    .catch((error) => {
      console.error(error);
      cleanUp();
      process.exit(1);
    });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production server (`scripts/serve.mjs`) on `port` and `databasePath`, in its own process group so that a
 * kill reaches every process it started. Output goes to `logFile`, which the scripts scan afterwards.
 */
export function productionServer({ port, databasePath, logFile, env = {} }) {
  const secret = randomBytes(32).toString('base64url');
  const log = createWriteStream(logFile, { flags: 'a' });
  let child = null;
  const server = {
    base: `http://127.0.0.1:${port}`,
    get pid() {
      return child?.pid;
    },
    async start() {
      child = spawn(process.execPath, nextStartArgs(port), {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NEXT_DIST_DIR: DIST_DIR,
          NEXT_TELEMETRY_DISABLED: '1',
          DATABASE_PATH: databasePath,
          AUTH_SECRET: secret,
          DEMO_DATA: '1',
          PORT: String(port),
          // Every client of these scripts signs in from 127.0.0.1.
          SIGNIN_MAX_FAILURES: '1000',
          // The load test asks pages as a TLS-terminating proxy in front of the server would.
          TRUST_PROXY: '1',
          ...env,
        },
      });
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      server.exited = exited;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`the server exited while starting (see ${logFile})`);
        }
        try {
          const response = await fetch(`${server.base}/robots.txt`, { signal: AbortSignal.timeout(2000) });
          if (response.ok) return;
        } catch {
          // Not listening yet.
        }
        await sleep(50);
      }
      throw new Error(`the server did not answer within 60 s (see ${logFile})`);
    },
    /** Kills the server's whole process group with `signal` and waits until it is gone. */
    async kill(signal = 'SIGKILL') {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
      await server.exited;
    },
  };
  cleanups.push(() => {
    if (child && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  return server;
}

/** Server action ids by "file#export", from the build's server-reference manifest. */
export function actionIds() {
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, DIST_DIR, 'server/server-reference-manifest.json'), 'utf8'),
  );
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node))
    ids[`${entry.filename}#${entry.exportedName}`] = id;
  return (key) => {
    const id = ids[key];
    if (!id) throw new Error(`no server action ${key} in the build`);
    return id;
  };
}

/**
 * Posts a `useActionState` form action the way React does (the FormData's fields under "_1_", the root
 * array under "0", last), with the site's Origin. Returns the HTTP status, the redirect Next asked for
 * and the action's result (the row "1:" of the RSC payload), or null when there is none.
 */
export async function callAction(base, { page, actionId, fields, cookie = '', timeoutMs = 30_000 }) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, String(value));
  form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const response = await fetch(`${base}${page}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'Next-Action': actionId, Origin: base, Accept: 'text/x-component', Cookie: cookie },
  });
  const text = await response.text();
  const row = /^1:(\{.*\})$/m.exec(text);
  let result = null;
  if (row) {
    try {
      result = JSON.parse(row[1]);
    } catch {
      result = null;
    }
  }
  return {
    status: response.status,
    redirect: response.headers.get('x-action-redirect'),
    setCookies: response.headers.getSetCookie(),
    result,
    text,
  };
}

/** Signs in through the sign-in form's action; returns the session cookie. */
export async function signIn(base, action, username, password) {
  const answer = await callAction(base, {
    page: '/login',
    actionId: action('actions/sign-in.ts#signInWithPassword'),
    fields: { username, password, callbackUrl: '/meetings' },
  });
  const session = answer.setCookies.find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in as ${username} failed (${answer.status})`);
  return session.split(';')[0];
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50 and p99 (ms) of each kind of write the writers made. */
export function writeLatencies(writers) {
  const out = {};
  for (const op of ['save', 'submit', 'createMeeting']) {
    const all = writers.flatMap((w) => w.latencies[op]);
    out[op] = {
      count: all.length,
      p50: Math.round(percentile(all, 50) ?? 0),
      p99: Math.round(percentile(all, 99) ?? 0),
    };
  }
  return out;
}

/** Lines of a server log that show the database refusing to wait (busy or locked). */
export function busyLines(logText) {
  return logText.split('\n').filter((line) => /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i.test(line));
}
