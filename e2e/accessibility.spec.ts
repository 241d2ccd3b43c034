import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { approvedRelease, publishNow } from './support/workflow';

// WCAG 2.2 A/AA on the public pages (and the sign-in page), and the keyboard journeys a reader needs.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's axe violations, one readable line each (rule, help, the offending elements). */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

let releasePath = '';
let releaseYear = '';
let releaseMonthPath = '';

test.beforeAll(async ({ browser }) => {
  const { release, leader } = await approvedRelease(browser);
  await publishNow(leader, release);
  const visitor = await browser.newPage();
  await visitor.goto('/');
  releasePath = (await visitor.getByRole('link', { name: release.headline }).getAttribute('href'))!;
  releaseYear = /^\/releases\/(\d{4})\//.exec(releasePath)![1]!;
  // Published a moment ago: its month is the newest of its year.
  await visitor.goto(`/archive/${releaseYear}`);
  releaseMonthPath = (await visitor
    .getByRole('navigation', { name: `Months of ${releaseYear}` })
    .getByRole('link')
    .first()
    .getAttribute('href'))!;
  await visitor.context().close();
  await leader.context().close();
});

test.describe('no WCAG 2.2 A/AA violations', () => {
  const pages: [string, () => string, number][] = [
    ['the home page', () => '/', 200],
    ['a release page', () => releasePath, 200],
    ['the archive', () => '/archive', 200],
    ['an archive year', () => `/archive/${releaseYear}`, 200],
    ['an archive month', () => releaseMonthPath, 200],
    ['the 404 page', () => '/no-such-page', 404],
    ['the sign-in page', () => '/login', 200],
    ['the Chinese home page', () => '/zh', 200],
    ['a Chinese release page', () => `/zh${releasePath}`, 200],
    ['the Chinese archive year', () => `/zh/archive/${releaseYear}`, 200],
    ['the Chinese archive month', () => `/zh${releaseMonthPath}`, 200],
    ['search results', () => '/search?q=executive', 200],
    ['an empty search', () => '/search?q=', 200],
    ['a Chinese search', () => '/zh/search?q=executive', 200],
  ];
  for (const [name, path, status] of pages) {
    test(name, async ({ page }) => {
      const response = await page.goto(path());
      expect(response?.status()).toBe(status);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('a release page in elder mode', async ({ page }) => {
    await page.goto(releasePath);
    const elder = page.getByRole('button', { name: 'Elder mode' });
    await expect(async () => {
      await elder.click();
      await expect(page.locator('html')).toHaveAttribute('data-elder', 'on', { timeout: 500 });
    }).toPass();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test('the reading tools are reached with Tab and operated with Enter and Space', async ({ page }) => {
    await page.goto(releasePath);
    const tools = page.getByRole('group', { name: 'Reading options' });
    const larger = tools.getByRole('button', { name: 'Larger text' });
    const normal = tools.getByRole('button', { name: 'Normal text' });
    const elder = tools.getByRole('button', { name: 'Elder mode' });

    // In the tab order: Tab from the top of the page until the first reading tool has focus.
    const first = tools.getByRole('button').first();
    for (let i = 0; i < 40 && !(await first.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first).toBeFocused();

    // Enter on a focused text-size button (retried until the page has hydrated; choosing a size is idempotent).
    await larger.focus();
    await expect(async () => {
      await page.keyboard.press('Enter');
      await expect(larger).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
    }).toPass();
    await expect(normal).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-font-size', 'larger');

    await normal.focus();
    await page.keyboard.press('Space');
    await expect(normal).toHaveAttribute('aria-pressed', 'true');
    await expect(larger).toHaveAttribute('aria-pressed', 'false');

    await elder.focus();
    await expect(elder).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(elder).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-elder', 'on');
    // Elder mode repaints everything in high contrast; a pressed option must still look pressed.
    const background = (button: typeof elder) => button.evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(await background(elder)).not.toBe(await background(larger));
    await page.keyboard.press('Enter');
    await expect(elder).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).not.toHaveAttribute('data-elder', 'on');
  });
});
