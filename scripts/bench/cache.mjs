// `npm run bench:cache`: the release page through Varnish (the shipped VCL) beside the bare node:http
// server and Gazette alone, in one run on the demo database and the production build (.next), and the
// purge latency: how soon a publication and a withdrawal are visible through the cache. Prints a table
// and writes .reports/bench-cache.json. `npm run bench` measures the same at its archive sizes.
// Environment: BENCH_PORT (default 3480; the bare server +1, Varnish +2), BENCH_SECONDS (default 5),
// BENCH_PURGE_ROUNDS (default 10).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killAllChildren, killChild, load, startChild, waitForServer } from './lib.mjs';
import { nextStartArgs } from '../next-start.mjs';
import { purgeLatency, startVarnish, varnishAvailable, VARNISHD } from './through-cache.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3480);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_PURGE_ROUNDS ?? 10);
const log = (...args) => console.error('[bench:cache]', ...args);

if (!varnishAvailable()) {
  console.log(`bench:cache skipped: no varnishd at ${VARNISHD}`);
  process.exit(0);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-bench-cache-'));
chmodSync(dir, 0o755);

/** Server actions by file and name, called as the browser does (a form), as `user`. */
function actions() {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8'));
  const id = (file, name) =>
    Object.entries(manifest.node).find(([, e]) => e.filename === file && e.exportedName === name)[0];
  const call = async (pagePath, file, name, fields, cookie = '') => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
    form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    const response = await fetch(`${ORIGIN}${pagePath}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Next-Action': id(file, name), Origin: ORIGIN, Accept: 'text/x-component', Cookie: cookie },
      body: form,
    });
    const text = await response.text();
    const state = /^1:(\{.*\})$/m.exec(text)?.[1];
    const redirect = response.headers.get('x-action-redirect');
    if (response.status !== 200 || (!redirect && !state?.includes('"ok"')))
      throw new Error(`${name}: ${response.status} ${text.slice(0, 300)}`);
    return { response, state: state ? JSON.parse(state) : null, redirect };
  };
  const signIn = async (username) => {
    const { response } = await call('/login', 'actions/sign-in.ts', 'signInWithPassword', {
      username,
      password: `${username}-demo-2024`,
      callbackUrl: '/meetings',
    });
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .filter((c) => c.includes('session-token'))
      .join('; ');
    const act = (pagePath, file, name, fields) => call(pagePath, file, name, fields, cookie);
    act.read = async (pagePath) => (await fetch(`${ORIGIN}${pagePath}`, { headers: { cookie } })).text();
    return act;
  };
  return { signIn };
}

async function main() {
  const server = startChild(process.execPath, nextStartArgs(PORT), {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: path.join(dir, 'gazette.db'),
      DEMO_DATA: '1',
      BACKUP_DIR: 'off',
      PORT: String(PORT),
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      TRUST_PROXY: '1',
      CACHE_PURGE_URLS: `http://127.0.0.1:${PORT + 2}/`,
    },
  });
  let bare;
  let varnish;
  try {
    await waitForServer(`${ORIGIN}/login`, 90_000, server);
    const home = await (await fetch(`${ORIGIN}/`)).text();
    const releasePath = /href="(\/releases\/\d{4}\/\d+-[^"]+)"/.exec(home)[1];
    const page = await fetch(`${ORIGIN}${releasePath}`);
    const body = Buffer.from(await page.arrayBuffer());
    const pageFile = path.join(dir, 'page.json');
    writeFileSync(
      pageFile,
      JSON.stringify({ body: body.toString('base64'), headers: Object.fromEntries(page.headers) }),
    );
    bare = startChild(process.execPath, ['scripts/bench/bare-server.mjs', pageFile, String(PORT + 1)]);
    await waitForServer(`http://127.0.0.1:${PORT + 1}/`, 10_000, bare);
    varnish = await startVarnish({ port: PORT + 2, backendPort: PORT, dir: path.join(dir, 'v') });
    const cached = `${varnish.url}${releasePath}`;
    const runs = {};
    const warm = (url) => load(url, 10, 1);
    log(`load runs of ${SECONDS} s: Gazette alone, bare node:http, through Varnish`);
    await warm(`${ORIGIN}${releasePath}`);
    runs.gazette10 = await load(`${ORIGIN}${releasePath}`, 10, SECONDS);
    await warm(`http://127.0.0.1:${PORT + 1}/`);
    runs.bare10 = await load(`http://127.0.0.1:${PORT + 1}/`, 10, SECONDS);
    runs.bare50 = await load(`http://127.0.0.1:${PORT + 1}/`, 50, SECONDS);
    const before = varnish.backendRequests();
    await warm(cached);
    runs.varnish10 = await load(cached, 10, SECONDS);
    runs.varnish50 = await load(cached, 50, SECONDS);
    const originRequests = varnish.backendRequests() - before;
    await killChild(bare);

    log(`purge latency: ${ROUNDS} publications and withdrawals`);
    const { signIn } = actions();
    const admin = await signIn('admin');
    await admin('/login', 'actions/create-body.ts', 'createBody', {
      originalLanguage: 'en',
      name: 'General Office of the Provincial Government',
      meetingName: 'Executive Meeting',
    });
    const secretary = await signIn('secretary');
    const reviewer = await signIn('reviewer');
    const leader = await signIn('leader');
    let serial = 0;
    const prepare = async () => {
      const word = `Fresh${randomBytes(6)
        .toString('hex')
        .replace(/\d/g, (d) => 'abcdefghij'[d])}`;
      const created = await secretary('/login', 'actions/create-meeting.ts', 'createMeeting', {
        bodyId: '2',
        sessionNumber: String(100 + serial++),
        heldOn: new Date().toISOString().slice(0, 10),
        chairName: `Huang ${word}`,
        status: 'held',
      });
      const meetingId = /\/meetings\/(\d+)/.exec(created.redirect)[1];
      await secretary('/login', 'actions/add-agenda-item.ts', 'addAgendaItem', {
        meetingId,
        kind: 'hear_report',
        title: `Report on ${word}`,
      });
      await secretary('/login', 'actions/add-decision.ts', 'addDecision', {
        meetingId,
        title: `Measures on ${word}`,
        kind: 'notice',
        outcome: 'adopted',
      });
      const editor = await secretary.read(`/meetings/${meetingId}/release`);
      const documentId = Number(/data-document-id="(\d+)"/.exec(editor)[1]);
      const drafted = await secretary(
        '/login',
        'actions/draft-release-from-records.ts',
        'draftReleaseFromRecords',
        {
          documentId: String(documentId),
          baseRevisionId: '',
        },
      );
      const revisionId = String(drafted.state.data.revisionId);
      await secretary('/login', 'actions/submit-for-review.ts', 'submitForReview', {
        documentId: String(documentId),
      });
      for (const approver of [reviewer, leader]) {
        await approver('/login', 'actions/approve-step.ts', 'approveStep', {
          documentId: String(documentId),
          revisionId,
          // The first step carries the confidentiality statement; the leader's form sends it unasked.
          confidentiality: 'on',
        });
      }
      return { documentId, word };
    };
    const purge = await purgeLatency({
      cacheUrl: varnish.url,
      rounds: ROUNDS,
      prepare,
      leader: {
        publish: async (documentId) =>
          leader(`/review/${documentId}`, 'actions/publish-document.ts', 'publishDocument', {
            documentId: String(documentId),
          }),
        withdraw: async (documentId) =>
          leader(`/review/${documentId}`, 'actions/withdraw-document.ts', 'withdrawDocument', {
            documentId: String(documentId),
            reason: 'Withdrawn by the benchmark.',
          }),
      },
    });
    const report = {
      date: new Date().toISOString(),
      releasePath,
      bytes: body.length,
      runs,
      originRequests,
      purge,
    };
    mkdirSync('.reports', { recursive: true });
    writeFileSync('.reports/bench-cache.json', `${JSON.stringify(report, null, 2)}\n`);
    const r = runs;
    const line = (name, run) => `| ${name} | ${run.rps} | ${run.p50} | ${run.p99} |`;
    console.log(
      [
        `release page ${releasePath} (${body.length} bytes), ${SECONDS} s per run`,
        '',
        '| server | req/s | p50 ms | p99 ms |',
        '| --- | --- | --- | --- |',
        line('Gazette alone, 10 connections', r.gazette10),
        line('bare node:http, 10 connections', r.bare10),
        line('through Varnish, 10 connections', r.varnish10),
        line('bare node:http, 50 connections', r.bare50),
        line('through Varnish, 50 connections', r.varnish50),
        '',
        `through Varnish ÷ bare: ${((r.varnish10.rps / r.bare10.rps) * 100).toFixed(1)} % at 10 connections (goal ≥ 60 %), ` +
          `${((r.varnish50.rps / r.bare50.rps) * 100).toFixed(1)} % at 50`,
        `Gazette ÷ bare: ${((r.gazette10.rps / r.bare10.rps) * 100).toFixed(1)} % at 10 connections`,
        `requests Gazette answered for Varnish during its runs: ${originRequests} of ${r.varnish10.requests + r.varnish50.requests} (goal: 1 per page per purge)`,
        `publication visible through Varnish (page and home), ms: p50 ${purge.publish.p50}, p95 ${purge.publish.p95}, max ${purge.publish.max} of ${purge.publish.n}; samples ${purge.publish.samples.join(', ')}`,
        `withdrawal visible through Varnish (410 and gone from home), ms: p50 ${purge.withdraw.p50}, p95 ${purge.withdraw.p95}, max ${purge.withdraw.max} of ${purge.withdraw.n}; samples ${purge.withdraw.samples.join(', ')}`,
      ].join('\n'),
    );
  } finally {
    await killChild(bare);
    await varnish?.stop();
    await killChild(server);
    killAllChildren();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
