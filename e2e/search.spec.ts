import { expect, test, type Browser } from '@playwright/test';
import {
  approve,
  draftedRelease,
  editAndSave,
  pageAs,
  publishNow,
  submit,
  type Release,
} from './support/workflow';

/** A release drafted from the records, with `extra` written in front, reviewed and published. */
async function publishedWith(browser: Browser, extra: string): Promise<Release> {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const leader = await pageAs(browser, 'leader');
  const release = await draftedRelease(secretary);
  const body = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(secretary, release, `${extra}\n\n${body}`, 2);
  await submit(secretary, release);
  await approve(reviewer, release, 'step 2 of 2');
  await approve(leader, release, 'Approved');
  await publishNow(leader, release);
  return release;
}

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

test('a published release is found from the header search box', async ({ browser }) => {
  const word = `quokka${letters(8)}`;
  const release = await publishedWith(browser, `The meeting adopted the ${word} survey plan.`);

  const visitor = await browser.newPage();
  await visitor.goto('/');
  const header = visitor.getByRole('banner');
  await header.getByRole('searchbox', { name: 'Search the releases' }).fill(word);
  await header.getByRole('button', { name: 'Search' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/search\\?q=${word}$`));

  const results = visitor.getByRole('region', { name: 'Search results' });
  await expect(results.getByText('One release matches')).toBeVisible();
  await expect(results.locator('mark', { hasText: word })).toBeVisible();
  await results.getByRole('link', { name: release.headline }).click();
  await expect(visitor).toHaveURL(/\/releases\/\d{4}\/\d+-/);
  await expect(visitor.getByText(`The meeting adopted the ${word} survey plan.`)).toBeVisible();

  // The search page keeps the query in its own box, and an unknown word says so.
  await visitor.goto(`/search?q=${word}x`);
  await expect(visitor.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue(`${word}x`);
  await expect(visitor.getByText(`No published release matches “${word}x”.`)).toBeVisible();
});

test('a query over 200 characters gets a clear message, not an error', async ({ page }) => {
  const response = await page.goto(`/search?q=${'a'.repeat(500)}`);
  expect(response?.status()).toBe(200);
  await expect(
    page.getByText('Your search is longer than 200 characters, so it was not run.', { exact: false }),
  ).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('a two-character Chinese word finds a Chinese release on the Chinese site', async ({ browser }) => {
  const release = await publishedWith(
    browser,
    '四川省人民政府召开常务会议，研究部署麒麟文化遗产保护工作。会议强调，要加强统筹协调。',
  );

  const visitor = await browser.newPage();
  await visitor.goto('/zh');
  const header = visitor.getByRole('banner');
  await header.getByRole('searchbox', { name: '搜索新闻稿' }).fill('麒麟');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(visitor).toHaveURL(/\/zh\/search\?q=/);

  const results = visitor.getByRole('region', { name: '搜索结果' });
  await expect(results.locator('mark', { hasText: '麒麟' }).first()).toBeVisible();
  const link = results.getByRole('link', { name: release.headline });
  await expect(link).toHaveAttribute('href', /^\/zh\/releases\/\d{4}\/\d+-/);
});
