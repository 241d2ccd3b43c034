// `npm run bench`: builds the app (once per build directory), fills benchmark databases of 1,000, 10,000
// and 100,000 published releases through the data layer (cached between runs), starts the production
// server on 127.0.0.1 for each size, measures, prints one table per size and the growth, and writes
// .reports/bench.json. Every figure that has a goal is printed beside it. See docs/performance.md.
//
// Environment: BENCH_SIZES (default 1000,10000,100000), BENCH_DIST_DIR (default .next-bench),
// BENCH_PORT (default 3400; the bare server uses +1), BENCH_CACHE_DIR (default /tmp/gazette-bench-cache),
// BENCH_TMP (default /tmp), BENCH_SECONDS (seconds per load run, default 5), BENCH_GENERATE_MINUTES
// (generation stops this long after the start, default 9; the next run continues it).
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  killAllChildren,
  killChild,
  load,
  percentiles,
  runChild,
  sleep,
  startChild,
  treeRssMb,
  waitForServer,
} from './lib.mjs';
import { nextStartArgs } from '../next-start.mjs';
import { purgeLatency, startVarnish, varnishAvailable, VARNISHD } from './through-cache.mjs';
import { renderReport } from './report.mjs';

const ROOT = process.cwd();
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench';
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BARE_PORT = PORT + 1;
// Varnish in front of the server (when varnishd is installed), and the publish/withdraw rounds timed
// through it (BENCH_PURGE_ROUNDS, default 5).
const CACHE_PORT = PORT + 2;
const PURGE_ROUNDS = Number(process.env.BENCH_PURGE_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
// Generating archives stops this long after the start, so that the run, measurements included, keeps
// within its 15 minutes on 2 cores even when nothing is cached (BENCH_GENERATE_MINUTES; default 9).
const GENERATION_DEADLINE = Date.now() + Number(process.env.BENCH_GENERATE_MINUTES ?? 9) * 60_000;
const CACHE = process.env.BENCH_CACHE_DIR ?? path.join(os.tmpdir(), 'gazette-bench-cache');
const GENERATOR_VERSION = /GENERATOR_VERSION = (\d+)/.exec(
  readFileSync('scripts/bench/generate.ts', 'utf8'),
)[1];
const TSX = [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server'];
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const work = mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'gazette-bench-'));
const log = (...args) => console.error('[bench]', ...args);

let exiting = false;
async function cleanUp() {
  if (exiting) return;
  exiting = true;
  killAllChildren();
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanUp();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------- build

async function build() {
  if (existsSync(path.join(DIST, 'BUILD_ID'))) {
    log(`using the existing build in ${DIST} (delete it to measure the build time)`);
    return null;
  }
  log(`building into ${DIST}`);
  // next build rewrites tsconfig.json's include list for a new build directory: put it back afterwards.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const started = performance.now();
  try {
    await runChild(process.execPath, [NEXT, 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
    });
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
  }
  return (performance.now() - started) / 1000;
}

// ----------------------------------------------------------------------------------------- databases

/**
 * The cached database of `size` releases, generated (continuing the largest smaller one) if missing.
 * Generation stops at GENERATION_DEADLINE, so the whole run keeps to its time budget; an archive left
 * short of its size is kept as `<size>.partial.db`, measured at the size it reached, and continued by the
 * next run.
 */
async function database(size) {
  const dir = path.join(CACHE, `gen-v${GENERATOR_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${size}.db`);
  const meta = path.join(dir, `${size}.json`);
  if (existsSync(file)) {
    // Migrations added since it was generated are applied now (as a server would on start), once.
    await runChild(process.execPath, [...TSX, 'scripts/bench/generate.ts', String(size)], {
      env: { ...process.env, DATABASE_PATH: file },
    });
    return { file, generated: JSON.parse(readFileSync(meta, 'utf8')) };
  }
  const partial = path.join(dir, `${size}.partial.db`);
  const partialMeta = path.join(dir, `${size}.partial.json`);
  const smaller = SIZES_ALL.filter((s) => s < size && existsSync(path.join(dir, `${s}.db`))).pop();
  let previous = null;
  if (existsSync(partial) && existsSync(partialMeta)) {
    previous = JSON.parse(readFileSync(partialMeta, 'utf8'));
    log(`continuing the ${size} archive from ${previous.published} releases: cached in ${dir}`);
  } else {
    rmSync(partial, { force: true });
    if (smaller) {
      copyFileSync(path.join(dir, `${smaller}.db`), partial);
      previous = JSON.parse(readFileSync(path.join(dir, `${smaller}.json`), 'utf8'));
    }
    log(`generating ${size} releases${smaller ? ` (continuing the ${smaller})` : ''}: cached in ${dir}`);
  }
  const out = await runChild(process.execPath, [...TSX, 'scripts/bench/generate.ts', String(size)], {
    env: { ...process.env, DATABASE_PATH: partial, GENERATE_UNTIL: String(GENERATION_DEADLINE) },
  });
  const result = JSON.parse(out.trim().split('\n').pop());
  result.totalSeconds = result.seconds + (previous?.totalSeconds ?? 0);
  if (result.published < size) {
    writeFileSync(partialMeta, JSON.stringify(result));
    log(`${result.published} of ${size} releases generated within the time budget; the next run continues`);
    return { file: partial, generated: result };
  }
  writeFileSync(meta, JSON.stringify(result));
  renameSync(partial, file);
  rmSync(partialMeta, { force: true });
  return { file, generated: result };
}
const SIZES_ALL = [...new Set([1000, 10000, 100000, ...SIZES])].sort((a, b) => a - b);

// -------------------------------------------------------------------------------------------- server

// Started as npm start starts it (scripts/next-start.mjs says why it listens on "localhost").
function startServer(databasePath) {
  return startChild(process.execPath, nextStartArgs(PORT), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: databasePath,
      PORT: String(PORT),
      DEMO_DATA: '0',
      // The daily backup would copy the whole database while the load runs.
      BACKUP_DIR: 'off',
      SITE_ORIGIN: ORIGIN,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      ...(varnishAvailable()
        ? { CACHE_PURGE_URLS: `http://127.0.0.1:${CACHE_PORT}/`, TRUST_PROXY: '1' }
        : {}),
    },
  });
}

/** A bare node:http server answering every request with the same bytes and headers as `page`. */
function startBareServer(page) {
  const file = path.join(work, 'bare-page.json');
  writeFileSync(file, JSON.stringify({ body: page.body.toString('base64'), headers: page.headers }));
  return startChild(process.execPath, [
    path.join(ROOT, 'scripts/bench/bare-server.mjs'),
    file,
    String(BARE_PORT),
  ]);
}

async function fetchPage(url, init = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: Object.fromEntries(response.headers), body, url: response.url };
}

// ------------------------------------------------------------------------------------------ measures

/**
 * JavaScript files a page makes the browser load (gzip -9 bytes each, as scripts/measure-release-page.mjs):
 * those in script tags and those the RSC payload names for hydration (client components' chunks are
 * often listed only there). noModule polyfills are left out: current browsers never fetch them.
 */
async function scriptBytes(url) {
  const html = (await fetchPage(url)).body.toString('utf8');
  const polyfills = new Set(
    [...html.matchAll(/<script([^>]+)>/g)]
      .filter((m) => /noModule/i.test(m[1]))
      .map((m) => /src="([^"]+)"/.exec(m[1])?.[1]),
  );
  const sources = [...new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? [])].filter(
    (src) => !polyfills.has(src),
  );
  let gzip = 0;
  const files = {};
  for (const src of sources) {
    const bytes = (await fetchPage(new URL(src, url).href)).body;
    files[src] = gzipSync(bytes, { level: 9 }).length;
    gzip += files[src];
  }
  return { gzip, files };
}

/** Sign in as a demo user through the sign-in action; returns the Cookie header for later requests. */
async function signIn(username, password) {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'server/server-reference-manifest.json'), 'utf8'));
  const id = (file, name) => {
    const found = Object.entries(manifest.node).find(
      ([, e]) => e.filename === file && e.exportedName === name,
    );
    if (!found) throw new Error(`no server action ${name} in ${file}`);
    return found[0];
  };
  const callAction = async (pagePath, actionId, fields, cookie = '') => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
    form.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
    const response = await fetch(`${ORIGIN}${pagePath}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Next-Action': actionId, Origin: ORIGIN, Accept: 'text/x-component', Cookie: cookie },
      body: form,
    });
    return { response, text: await response.text() };
  };
  const { response } = await callAction('/login', id('actions/sign-in.ts', 'signInWithPassword'), {
    username,
    password,
    callbackUrl: '/meetings',
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.includes('session-token'))
    .join('; ');
  if (!cookie) throw new Error(`sign-in as ${username} gave no session cookie (status ${response.status})`);
  return {
    publish: (documentId) =>
      callAction(
        `/review/${documentId}`,
        id('actions/publish-document.ts', 'publishDocument'),
        { documentId: String(documentId) },
        cookie,
      ),
    withdraw: (documentId) =>
      callAction(
        `/review/${documentId}`,
        id('actions/withdraw-document.ts', 'withdrawDocument'),
        { documentId: String(documentId), reason: 'Withdrawn by the benchmark.' },
        cookie,
      ),
  };
}

/** Publishes an approved release through the server's action, then polls each public address for it. */
/** A release made ready to publish in the database, with a word found nowhere else: { documentId, word }. */
async function prepareApproved(databasePath) {
  return JSON.parse(
    (
      await runChild(process.execPath, [...TSX, 'scripts/bench/prepare-approved.ts'], {
        env: { ...process.env, DATABASE_PATH: databasePath },
      })
    )
      .trim()
      .split('\n')
      .pop(),
  );
}

async function publishToVisible(databasePath) {
  const prepared = await prepareApproved(databasePath);
  const leaderPassword = 'leader-demo-2024';
  const leader = await signIn('leader', leaderPassword);
  const { response, text } = await leader.publish(prepared.documentId);
  const published = performance.now();
  if (response.status !== 200 || !text.includes('"ok"'))
    throw new Error(`publish failed: ${response.status} ${text.slice(0, 300)}`);
  const shows = async (url) => (await fetchPage(url)).body.toString('utf8').includes(prepared.word);
  const releaseUrl = async () => {
    const r = await fetchPage(`${ORIGIN}/releases/2000/${prepared.documentId}`);
    return r.headers.location ? new URL(r.headers.location, ORIGIN).href : null;
  };
  const targets = {
    'release page': async () => {
      const url = await releaseUrl();
      return url !== null && (await shows(url));
    },
    home: () => shows(`${ORIGIN}/`),
    feed: () => shows(`${ORIGIN}/feed.xml`),
    search: () => shows(`${ORIGIN}/search?q=${prepared.word}`),
  };
  const seen = {};
  await Promise.all(
    Object.entries(targets).map(async ([name, check]) => {
      while (performance.now() - published < 10_000) {
        if (await check()) {
          seen[name] = Math.round(performance.now() - published);
          return;
        }
        await sleep(10);
      }
      seen[name] = null;
    }),
  );
  return seen;
}

/** Sequential requests to the search page, for the time seen over HTTP beside the in-process figure. */
async function httpTimes(url, rounds = 15) {
  await fetchPage(url);
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const page = await fetchPage(url);
    if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
    ms.push(performance.now() - started);
  }
  return percentiles(ms);
}

async function measureSize(size, buildSeconds) {
  const { file, generated } = await database(size);
  const dbPath = path.join(work, `${size}.db`);
  copyFileSync(file, dbPath);
  // Measured at the size reached: short of `size` when its generation ran out of time.
  const reached = generated.published;
  const result = {
    size: reached,
    asked: size,
    generation: generated,
    dbBytes: statSync(file).size,
    dbMbPer1000: +(statSync(file).size / 1e6 / (reached / 1000)).toFixed(2),
  };

  log(`${size}: server time of search and workspace reads (in process)`);
  result.serverTime = JSON.parse(
    (
      await runChild(process.execPath, [...TSX, 'scripts/bench/server-time.ts'], {
        env: { ...process.env, DATABASE_PATH: dbPath },
      })
    )
      .trim()
      .split('\n')
      .pop(),
  );

  log(`${size}: starting the server`);
  const server = startServer(dbPath);
  let bare;
  let varnish;
  const varnishDir = mkdtempSync(path.join(os.tmpdir(), 'gazette-bench-varnish-'));
  try {
    result.coldStartMs = Math.round(await waitForServer(`${ORIGIN}/`, 60_000, server));
    log(`${size}: first response after ${result.coldStartMs} ms`);

    const releaseUrl = `${ORIGIN}${result.serverTime.releasePath}`;
    const first = await fetchPage(releaseUrl);
    if (first.status !== 200) throw new Error(`release page ${releaseUrl} answered ${first.status}`);
    const cached = await fetchPage(releaseUrl);
    result.releaseUrl = releaseUrl.replace(ORIGIN, '');
    result.releaseCacheHeader = cached.headers['x-nextjs-cache'] ?? null;
    result.releaseBytes = cached.body.length;

    // Draft mode (Next's own bypass cookie, the preview id of this build) renders the page on every
    // request without reading or writing the cache: the dynamic path, the same code and data.
    const previewId = JSON.parse(readFileSync(path.join(DIST, 'prerender-manifest.json'), 'utf8')).preview
      .previewModeId;
    const dynamicHeaders = { cookie: `__prerender_bypass=${previewId}` };
    const dynamicPage = await fetchPage(releaseUrl, { headers: dynamicHeaders });
    result.dynamicCacheControl = dynamicPage.headers['cache-control'] ?? null;
    result.dynamicCacheHeader = dynamicPage.headers['x-nextjs-cache'] ?? null;

    bare = startBareServer(cached);
    await waitForServer(`http://127.0.0.1:${BARE_PORT}/`, 10_000, bare);

    log(`${size}: load runs (${SECONDS} s each)`);
    const runs = {};
    const warm = (url, headers) => load(url, 10, 1, headers);
    await warm(releaseUrl);
    runs.release10 = await load(releaseUrl, 10, SECONDS);
    runs.release50 = await load(releaseUrl, 50, SECONDS);
    await warm(`http://127.0.0.1:${BARE_PORT}/`);
    runs.bare10 = await load(`http://127.0.0.1:${BARE_PORT}/`, 10, SECONDS);
    runs.bare50 = await load(`http://127.0.0.1:${BARE_PORT}/`, 50, SECONDS);
    await killChild(bare);
    if (varnishAvailable()) {
      log(`${size}: the release page through Varnish`);
      // Readable by Varnish's unprivileged users (varnishd drops root).
      chmodSync(varnishDir, 0o755);
      varnish = await startVarnish({ port: CACHE_PORT, backendPort: PORT, dir: varnishDir });
      const throughCache = `${varnish.url}${result.releaseUrl}`;
      const before = varnish.backendRequests();
      await warm(throughCache);
      runs.varnish10 = await load(throughCache, 10, SECONDS);
      runs.varnish50 = await load(throughCache, 50, SECONDS);
      result.throughCache = {
        originRequests: varnish.backendRequests() - before,
        requests: runs.varnish10.requests + runs.varnish50.requests,
      };
    } else {
      result.throughCache = { skipped: `no varnishd at ${VARNISHD}` };
    }
    await warm(releaseUrl, dynamicHeaders);
    runs.dynamic10 = await load(releaseUrl, 10, SECONDS, dynamicHeaders);
    // The archive's page of the release's year (at most 20 releases of each month) and of that year's
    // newest month (all of its releases), the first month the year page links to.
    const year = result.serverTime.releasePath.split('/')[2];
    const yearPage = await fetchPage(`${ORIGIN}/archive/${year}`);
    const monthPath = /href="(\/archive\/\d{4}\/\d{2})"/.exec(yearPage.body.toString('utf8'))?.[1];
    if (!monthPath) throw new Error(`/archive/${year} links to no month`);
    const monthPage = await fetchPage(`${ORIGIN}${monthPath}`);
    result.archivePages = {
      year: { path: `/archive/${year}`, bytes: yearPage.body.length },
      month: { path: monthPath, bytes: monthPage.body.length },
    };
    for (const [name, pagePath] of [
      ['home', '/'],
      ['archive', '/archive'],
      ['feed', '/feed.xml'],
      ['archiveYear', `/archive/${year}`],
      ['archiveMonth', monthPath],
    ]) {
      await warm(`${ORIGIN}${pagePath}`);
      runs[name] = await load(`${ORIGIN}${pagePath}`, 10, SECONDS);
    }
    result.runs = runs;
    result.rssAfterLoadMb = treeRssMb(server.pid);

    // The sitemap's first file of releases (20,000 of them, 40,000 addresses), read start to end.
    const sitemapStarted = performance.now();
    const sitemapFile = await fetchPage(`${ORIGIN}/sitemaps/releases-1.xml`);
    result.sitemapFile = {
      ms: Math.round(performance.now() - sitemapStarted),
      bytes: sitemapFile.body.length,
      addresses: sitemapFile.body.toString('utf8').split('<loc>').length - 1,
    };

    log(`${size}: search over HTTP`);
    result.searchHttp = {};
    for (const [label, { query }] of Object.entries(result.serverTime.search)) {
      result.searchHttp[label] = await httpTimes(`${ORIGIN}/search?q=${encodeURIComponent(query)}`);
    }

    result.js = {
      release: await scriptBytes(releaseUrl),
      emptyPage: await scriptBytes(`${ORIGIN}/no-such-page`),
    };

    log(`${size}: publish-to-visible`);
    result.publishToVisibleMs = await publishToVisible(dbPath);
    if (varnish) {
      log(`${size}: publish and withdraw through Varnish (${PURGE_ROUNDS} rounds)`);
      result.throughCache.purge = await purgeLatency({
        cacheUrl: varnish.url,
        rounds: PURGE_ROUNDS,
        prepare: () => prepareApproved(dbPath),
        leader: await signIn('leader', 'leader-demo-2024'),
      });
    }
    result.rssAtEndMb = treeRssMb(server.pid);
  } finally {
    await killChild(bare);
    await varnish?.stop();
    rmSync(varnishDir, { recursive: true, force: true });
    await killChild(server);
    rmSync(dbPath, { force: true });
    rmSync(`${dbPath}-wal`, { force: true });
    rmSync(`${dbPath}-shm`, { force: true });
    rmSync(`${dbPath}.auth-secret`, { force: true });
  }
  result.buildSeconds = buildSeconds;
  return result;
}

async function main() {
  const began = performance.now();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  };
  const buildSeconds = await build();
  const sizes = [];
  for (const size of SIZES) {
    sizes.push(await measureSize(size, buildSeconds));
  }
  const report = {
    date: new Date().toISOString(),
    machine,
    buildSeconds,
    totalSeconds: Math.round((performance.now() - began) / 1000),
    sizes,
  };
  mkdirSync('.reports', { recursive: true });
  writeFileSync('.reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderReport(report));
  log(`wrote .reports/bench.json (${report.totalSeconds} s in all)`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
