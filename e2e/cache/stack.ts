import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error: a plain script module without type declarations
import { nextStartArgs } from '../../scripts/next-start.mjs';

// The cache suite's own stack on loopback: Gazette from the production build on a fresh demo database,
// Varnish with the shipped VCL (deploy/varnish/gazette.vcl; only backend.vcl is written here, pointing at
// this Gazette), and a second purge endpoint that the suite opens and closes to hold purges pending.

const base = Number(process.env.CACHE_TEST_PORT ?? 3650);
export const VARNISH = `http://127.0.0.1:${base}`;
// (Not base + 9: 3659 is among the ports fetch() refuses to call.)
export const SECOND_CACHE = `http://127.0.0.1:${base + 8}`;
export const GAZETTE_PORT = base + 10;
export const GAZETTE = `http://127.0.0.1:${GAZETTE_PORT}`;

// Made on first use (the runner also loads this file to list the tests), and readable by Varnish's own
// unprivileged users, which varnishd switches to when started as root.
let made: string | null = null;
function dir(): string {
  if (made) return made;
  made = mkdtempSync(path.join(tmpdir(), 'gazette-cache-'));
  chmodSync(made, 0o755);
  return made;
}
export const databasePath = () => path.join(dir(), 'gazette.db');
const secret = randomBytes(32).toString('base64url');
let gazette: ChildProcess | null = null;
let varnish: ChildProcess | null = null;

/** Polls `check` every 50 ms until it holds (or throws after `timeoutMs`). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const answers = async (url: string) => (await fetch(url, { redirect: 'manual' })).status < 500;

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export async function startGazette(): Promise<void> {
  gazette = spawn(process.execPath, nextStartArgs(String(GAZETTE_PORT)), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: databasePath(),
      AUTH_SECRET: secret,
      DEMO_DATA: '1',
      BACKUP_DIR: 'off',
      PORT: String(GAZETTE_PORT),
      // As the reference deployment: Varnish is the one proxy in front.
      TRUST_PROXY: '1',
      CACHE_PURGE_URLS: `${VARNISH}/ ${SECOND_CACHE}/`,
    },
  });
  await until('Gazette', () => answers(`${GAZETTE}/login`), 90_000);
}

/** Kills Gazette outright (no chance to finish anything), as a crash would. */
export async function killGazette(): Promise<void> {
  if (!gazette) return;
  gazette.kill('SIGKILL');
  await exited(gazette);
  gazette = null;
}

export async function startVarnish(): Promise<void> {
  const vclDir = path.join(dir(), 'vcl');
  mkdirSync(vclDir, { recursive: true });
  writeFileSync(
    path.join(vclDir, 'backend.vcl'),
    `backend gazette {
  .host = "127.0.0.1";
  .port = "${GAZETTE_PORT}";
  .probe = { .url = "/robots.txt"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}
acl purgers { "127.0.0.1"; }
`,
  );
  const shipped = path.resolve('deploy/varnish');
  varnish = spawn(
    process.env.VARNISHD ?? '/usr/sbin/varnishd',
    [
      '-F',
      '-n',
      path.join(dir(), 'varnish'),
      '-a',
      `127.0.0.1:${base}`,
      '-f',
      path.join(shipped, 'gazette.vcl'),
      '-p',
      `vcl_path=${vclDir}:${shipped}`,
      '-s',
      'malloc,64m',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await until('Varnish', async () => (await fetch(`${VARNISH}/robots.txt`)).status === 200);
}

export async function stopVarnish(): Promise<void> {
  if (!varnish) return;
  varnish.kill('SIGTERM');
  await exited(varnish);
  varnish = null;
}

/** The second cache: answers every purge with 200 and keeps the tags it was sent. */
export class PurgeRecorder {
  readonly purges: string[][] = [];
  private server: Server | null = null;

  async open(): Promise<void> {
    const server = createServer((request, response) => {
      if (request.method === 'PURGE')
        this.purges.push(String(request.headers['xkey-purge'] ?? '').split(' '));
      response.end('purged');
    });
    await new Promise<void>((resolve) => server.listen(base + 8, '127.0.0.1', resolve));
    this.server = server;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve).closeAllConnections());
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([killGazette(), stopVarnish()]);
  if (made) rmSync(made, { recursive: true, force: true });
}
