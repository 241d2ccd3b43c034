// A server the end-to-end tests run against: the production build, on a fresh temporary database
// (filled with the demo unless E2E_DEMO=0), on its own port, with its own secret. Nothing is shared with
// `npm start` or with the other test server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nextStartArgs } from './next-start.mjs';

// A run may name the database (E2E_DATABASE_PATH) so that a test can read it with the command-line tools;
// it is started afresh either way.
const named = process.env.E2E_DATABASE_PATH;
const dir = named ? path.dirname(named) : mkdtempSync(path.join(tmpdir(), 'gazette-e2e-'));
if (named) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
const port = process.env.E2E_PORT ?? '3100';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_PATH: named ?? path.join(dir, 'e2e.db'),
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  DEMO_DATA: process.env.E2E_DEMO ?? '1',
  PORT: port,
  // Pages name their absolute address (canonical, the release page's QR code) from the public origin.
  SITE_ORIGIN: process.env.SITE_ORIGIN ?? `http://127.0.0.1:${port}`,
};

const server = spawn(process.execPath, nextStartArgs(port), { stdio: 'inherit', env });
const stop = () => server.kill('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
server.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
