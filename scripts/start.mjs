// `npm start`: build once if there is no build yet, then serve on an embedded SQLite database that the
// server migrates (and, with DEMO_DATA on, fills with the demo) as it starts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DEMO_DATA: process.env.DEMO_DATA ?? '1',
  PORT: process.env.PORT ?? '3000',
};
// "localhost", not "127.0.0.1": Next compares the address a proxy rewrite names ("localhost") with the one
// the server was started on, and on a mismatch forwards every rewritten page over the network to itself
// (behind a TLS-terminating reverse proxy, as https to this plain-HTTP port: a 500). next.js issue 94745.
const host = process.env.HOSTNAME_BIND ?? 'localhost';
const next = 'node_modules/next/dist/bin/next';

if (!existsSync('.next/BUILD_ID')) {
  console.log('[gazette] no build yet: running next build');
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(
  `[gazette] serving http://localhost:${env.PORT} (database: ${env.DATABASE_PATH ?? './var/gazette.db'})`,
);
const server = spawn(process.execPath, [next, 'start', '-p', env.PORT, '-H', host], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
