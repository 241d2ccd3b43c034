// The server script (scripts/serve.mjs: Next's request handler inside an http server of our own, which
// settles the client's address before Next sees a request) side by side with a plain `next start`: the
// same build, each on its own fresh demo database, the demo release page and the home page under the same
// load, taking turns round after round so that the machine's noise falls on both.
//
//   npm run bench:server-script                 # 3 rounds of 5 s per page and server, 10 connections
//   BENCH_SERVER_ROUNDS=5 BENCH_SECONDS=8 npm run bench:server-script
//
// It uses the app's build (`.next`, `npm run build` first). Everything listens on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NEXT_BIN, nextStartArgs } from '../next-start.mjs';
import { killAllChildren, killChild, load, startChild, waitForServer } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_SERVER_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const work = mkdtempSync(path.join(os.tmpdir(), 'gazette-server-script-'));
const log = (...args) => console.error('[bench:server-script]', ...args);

if (!existsSync('.next/BUILD_ID')) {
  console.error('No build at .next: run `npm run build` first.');
  process.exit(2);
}
process.on('SIGINT', () => {
  killAllChildren();
  rmSync(work, { recursive: true, force: true });
  process.exit(130);
});

const SERVER_SCRIPT = 'scripts/serve.mjs';
/** The node arguments of each variant: the same runtime flags, then the server script or `next start`. */
const variants = {
  'server script': (port) => nextStartArgs(port),
  'next start': (port) => [
    ...nextStartArgs(port).slice(0, nextStartArgs(port).indexOf(SERVER_SCRIPT)),
    NEXT_BIN,
    'start',
    '-p',
    String(port),
    '-H',
    'localhost',
  ],
};

async function startVariant(name, port) {
  const argv = variants[name](port);
  const server = startChild(process.execPath, argv, {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: path.join(work, `${name.replace(' ', '-')}.db`),
      DEMO_DATA: '1',
      BACKUP_DIR: 'off',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/`, 90_000, server);
  return { server, origin };
}

const servers = {};
try {
  let port = PORT;
  for (const name of Object.keys(variants)) servers[name] = await startVariant(name, port++);
  const home = await (await fetch(`${servers['server script'].origin}/`)).text();
  const release = /href="(\/releases\/\d{4}\/[^"]+)"/.exec(home)?.[1];
  if (!release) throw new Error('the demo release is not on the home page');
  const pages = { 'release page': release, home: '/' };
  // One warm-up request per page and server: pages render on first request and are kept.
  for (const { origin } of Object.values(servers))
    for (const address of Object.values(pages)) await (await fetch(origin + address)).arrayBuffer();

  const results = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [page, address] of Object.entries(pages)) {
      for (const [name, { origin }] of Object.entries(servers)) {
        const r = await load(origin + address, CONNECTIONS, SECONDS);
        (results[`${page}|${name}`] ??= []).push(r);
        log(`round ${round} ${page} ${name}: ${r.rps} req/s, p99 ${r.p99} ms`);
      }
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `\nMedian of ${ROUNDS} rounds, ${CONNECTIONS} connections, ${SECONDS} s each (req/s; p99 ms):\n`,
  );
  console.log('| page | next start | server script | server script ÷ next start (req/s) |');
  console.log('|---|---|---|---|');
  for (const page of Object.keys(pages)) {
    const plain = results[`${page}|next start`];
    const ours = results[`${page}|server script`];
    const rps = (rs) => median(rs.map((r) => r.rps));
    const p99 = (rs) => median(rs.map((r) => r.p99));
    console.log(
      `| ${page} | ${rps(plain)}; ${p99(plain)} | ${rps(ours)}; ${p99(ours)} | ${(rps(ours) / rps(plain)).toFixed(2)}× |`,
    );
  }
} finally {
  await Promise.all(Object.values(servers).map(({ server }) => killChild(server)));
  rmSync(work, { recursive: true, force: true });
}
