// `npm start`: build once if there is no build yet, then serve on an embedded SQLite database that the
// server migrates (and, with DEMO_DATA on, fills with the demo) as it starts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NEXT_BIN, nextStartArgs } from './next-start.mjs';

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DEMO_DATA: process.env.DEMO_DATA ?? '1',
  PORT: process.env.PORT ?? '3000',
};

if (!existsSync('.next/BUILD_ID')) {
  console.log('[gazette] no build yet: running next build');
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(
  `[gazette] serving http://localhost:${env.PORT} (database: ${env.DATABASE_PATH ?? './var/gazette.db'})`,
);
const server = spawn(process.execPath, nextStartArgs(env.PORT), {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
