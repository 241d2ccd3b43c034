import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inChinese, PUBLIC_PAGES, type KeyPage } from './support/key-pages';

// WCAG 2.2 A/AA on every public page `npm run screenshots` saves (e2e/support/key-pages.ts), in both
// languages, at 1280 and 390 px, in normal and elder mode (the workspace's pages are checked by
// workspace-accessibility.spec.ts). Each page is loaded once per language; the widths and elder mode are
// checked on the loaded page (the layout responds to the width without a reload, and elder mode is the
// attribute the reading tools set on <html>).

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 390];
// The rules whose outcome depends on the width or the colours: all that can change on a page already
// checked in full (the markup is the same), so only they are run again at 390 px and in elder mode.
const VISUAL_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'meta-viewport',
];

async function violations(page: Page, where: string, full: boolean): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (full ? builder.withTags(WCAG) : builder.withRules(VISUAL_RULES)).analyze();
  return violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function check(page: Page, entry: KeyPage, locale: 'en' | 'zh', found: string[]) {
  const path = typeof entry.path === 'string' ? entry.path : await entry.path(page);
  const address = entry.viewer === 'public' && locale === 'zh' ? inChinese(path) : path;
  await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
  await page.goto(address);
  const modes = entry.viewer === 'public' ? [false, true] : [false];
  for (const elder of modes) {
    await page.evaluate((on) => {
      if (on) document.documentElement.dataset.elder = 'on';
      else delete document.documentElement.dataset.elder;
    }, elder);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const where = `${address} ${width}px${elder ? ' elder' : ''}`;
      found.push(...(await violations(page, where, !elder && width === WIDTHS[0])));
    }
  }
}

test('the public key pages have no WCAG 2.2 A/AA violations in either language, at either width, in elder mode', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const found: string[] = [];
  for (const entry of PUBLIC_PAGES.filter((p) => !p.print)) {
    await check(page, entry, 'en', found);
    await check(page, entry, 'zh', found);
  }
  expect(found).toEqual([]);
});
