// `npm run bench:lighthouse`: Lighthouse (the lighthouse package, Debian's Chromium, headless) on the home
// page and the demo release page of a production server with the demo database; prints the four category
// scores beside their goals and every audit that cost points. Writes .reports/lighthouse.json.
// Environment: BENCH_DIST_DIR (default .next-bench; built if missing), BENCH_PORT (default 3400),
// CHROME_PATH (default /usr/bin/chromium), BENCH_TMP (default /tmp), LIGHTHOUSE_RUNS (default 3, the median kept).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { nextStartArgs } from '../next-start.mjs';
import { killAllChildren, killChild, runChild, startChild, waitForServer } from './lib.mjs';

const DIST = process.env.BENCH_DIST_DIR ?? '.next-bench';
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const NEXT = path.join(process.cwd(), 'node_modules/next/dist/bin/next');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 };
const work = mkdtempSync(path.join(process.env.BENCH_TMP ?? os.tmpdir(), 'gazette-lighthouse-'));

async function main() {
  if (!existsSync(path.join(DIST, 'BUILD_ID'))) {
    const tsconfig = readFileSync('tsconfig.json', 'utf8');
    try {
      await runChild(process.execPath, [NEXT, 'build'], {
        env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
      });
    } finally {
      writeFileSync('tsconfig.json', tsconfig);
    }
  }
  const server = startChild(process.execPath, nextStartArgs(PORT), {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_PATH: path.join(work, 'demo.db'),
      PORT: String(PORT),
      DEMO_DATA: '1',
      BACKUP_DIR: 'off',
      // Canonical and alternate addresses are absolute only with the public origin configured.
      SITE_ORIGIN: ORIGIN,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
    },
  });
  let chrome;
  try {
    await waitForServer(`${ORIGIN}/`, 60_000, server);
    const home = await (await fetch(`${ORIGIN}/`)).text();
    const releasePath = /href="(\/releases\/\d{4}\/[^"]+)"/.exec(home)?.[1];
    if (!releasePath) throw new Error('the home page links to no release');
    const pages = { home: '/', release: releasePath };
    // Render and cache each page once, as a visitor before Lighthouse would have.
    for (const p of Object.values(pages)) await (await fetch(`${ORIGIN}${p}`)).text();

    const userDataDir = path.join(work, 'chrome');
    mkdirSync(userDataDir, { recursive: true });
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
      userDataDir,
    });
    const results = {};
    const lines = ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|'];
    const lost = [];
    for (const [name, pagePath] of Object.entries(pages)) {
      // Performance varies from run to run (more so on a shared machine): the median of RUNS runs is kept,
      // as Lighthouse's own documentation advises.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const { lhr } = await lighthouse(`${ORIGIN}${pagePath}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(GOALS),
        });
        runs.push(lhr);
      }
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)];
      const scores = Object.fromEntries(
        Object.keys(GOALS).map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      results[name] = {
        path: pagePath,
        scores,
        performanceOfEachRun: runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
        metrics: Object.fromEntries(
          [
            'first-contentful-paint',
            'largest-contentful-paint',
            'total-blocking-time',
            'cumulative-layout-shift',
            'speed-index',
          ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
        ),
      };
      lines.push(
        `| ${name} (${pagePath}) | ${Object.entries(scores)
          .map(
            ([c, s]) =>
              `${s}${c === 'performance' ? ` (median of ${results[name].performanceOfEachRun.join(', ')})` : ''}${s >= GOALS[c] ? '' : ' **MISSED**'}`,
          )
          .join(' | ')} |`,
      );
      for (const category of Object.keys(GOALS)) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            lost.push(
              `${name}: ${category}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''} ${audit.title}`,
            );
          }
        }
      }
    }
    lines.push(
      '',
      `Goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices ≥ ${GOALS['best-practices']}, SEO ${GOALS.seo}.`,
    );
    if (lost.length) lines.push('', 'Audits that cost points:', ...lost.map((l) => `- ${l}`));
    mkdirSync('.reports', { recursive: true });
    writeFileSync(
      '.reports/lighthouse.json',
      `${JSON.stringify({ date: new Date().toISOString(), results, lost }, null, 2)}\n`,
    );
    console.log(lines.join('\n'));
  } finally {
    await chrome?.kill();
    await killChild(server);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    killAllChildren();
    rmSync(work, { recursive: true, force: true });
  });
