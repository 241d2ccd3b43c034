// `npm run screenshots`: starts the demo on a temporary database (scripts/e2e-server.mjs, from the current
// build; built first if there is none), and saves the key pages (e2e/support/key-pages.ts) in both
// languages at 1280 and 390 px wide into .reports/screens/<name>-<lang>-<width>.png.
// Environment: SCREENS_PORT (default 3750), CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { demoUser } from '../e2e/support/roles';
import {
  inChinese,
  PUBLIC_PAGES,
  WORKSPACE_PAGES,
  type KeyPage,
  type Viewer,
} from '../e2e/support/key-pages';

const PORT = Number(process.env.SCREENS_PORT ?? 3750);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = path.join('.reports', 'screens');
const WIDTHS = [1280, 390];

async function waitForServer(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the demo server did not answer at ${url}`);
}

async function signIn(browser: Browser, viewer: Viewer, locale: 'en' | 'zh') {
  const context = await browser.newContext({ baseURL: ORIGIN });
  const page = await context.newPage();
  if (viewer === 'public') return page;
  const user = demoUser(viewer);
  await page.goto('/login');
  await page.locator('input[name="username"]').fill(user.username);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  // The workspace's language is each user's own setting.
  await page.goto('/account');
  await page.locator('select[name="locale"]').selectOption(locale);
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/account'));
  await page.locator('form:has(select[name="locale"]) button[type="submit"]').click();
  await saved;
  return page;
}

async function shoot(page: Page, entry: KeyPage, locale: 'en' | 'zh') {
  const found = typeof entry.path === 'string' ? entry.path : await entry.path(page);
  const address = entry.viewer === 'public' && locale === 'zh' ? inChinese(found) : found;
  await page.emulateMedia({ media: entry.print ? 'print' : 'screen' });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(address);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(OUT, `${entry.name}-${locale}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${file}  ${address}`);
  }
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  mkdirSync(OUT, { recursive: true });
  const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
    env: { ...process.env, E2E_PORT: String(PORT) },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    await waitForServer(`${ORIGIN}/login`, 120_000);
    const viewers = [...new Set([...PUBLIC_PAGES, ...WORKSPACE_PAGES].map((p) => p.viewer))];
    for (const locale of ['en', 'zh'] as const) {
      for (const viewer of viewers) {
        const page = await signIn(browser, viewer, locale);
        for (const entry of [...PUBLIC_PAGES, ...WORKSPACE_PAGES].filter((p) => p.viewer === viewer))
          await shoot(page, entry, locale);
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
