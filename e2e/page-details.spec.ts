import { expect, test, type Page } from '@playwright/test';
import { addAgendaItem, createMeeting, uniqueName } from './support/meetings';
import { signedInNewUser } from './support/users';
import { draftedRelease, pageAs } from './support/workflow';

// What every page shows besides its content: its own title, a legible button, the public header and
// footer (search with its label, the feed), the print view and the 404 page in the site's language.

async function titleOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.title();
}

test('each workspace page has its own title, naming what it shows and, for a meeting, its session and date', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const meetingId = await createMeeting(secretary, {
    sessionNumber: 7,
    heldOn: '2023-05-04',
    chairName: uniqueName('Chair'),
    chairTitle: '',
    purpose: '',
  });
  const meeting = '7th Executive Meeting, May 4, 2023';
  expect(await titleOf(secretary, `/meetings/${meetingId}`)).toBe(`Records — ${meeting} · Gazette`);
  expect(await titleOf(secretary, `/meetings/${meetingId}/agenda`)).toBe(`Agenda — ${meeting} · Gazette`);
  expect(await titleOf(secretary, `/meetings/${meetingId}/minutes`)).toBe(`Minutes — ${meeting} · Gazette`);
  expect(await titleOf(secretary, `/meetings/${meetingId}/release`)).toBe(
    `Press release — ${meeting} · Gazette`,
  );
  expect(await titleOf(secretary, `/meetings/${meetingId}/history`)).toBe(`History — ${meeting} · Gazette`);
  expect(await titleOf(secretary, '/meetings')).toBe('Meetings · Gazette');
  expect(await titleOf(secretary, '/meetings/new')).toBe('New meeting · Gazette');
  expect(await titleOf(secretary, '/tasks')).toBe('My tasks · Gazette');
  expect(await titleOf(secretary, '/notifications')).toBe('Notifications · Gazette');
  expect(await titleOf(secretary, '/account')).toBe('My account · Gazette');

  const release = await draftedRelease(secretary);
  const reviewer = await pageAs(browser, 'reviewer');
  expect(await titleOf(reviewer, '/review')).toBe('Review queue · Gazette');
  expect(await titleOf(reviewer, `/review/${release.documentId}`)).toBe(
    'Review: Press release — 12th Executive Meeting, May 14, 2026 · Gazette',
  );

  const admin = await pageAs(browser, 'admin');
  const adminTitles: [string, string][] = [
    ['/admin/users', 'Users'],
    ['/admin/bodies', 'Bodies'],
    ['/admin/review-chains', 'Review chains'],
    ['/admin/audit', 'Audit log'],
    ['/admin/import', 'Import published releases'],
    ['/admin/tokens', 'API tokens'],
    ['/admin/settings', 'Site settings'],
  ];
  for (const [path, title] of adminTitles)
    expect(await titleOf(admin, path), path).toBe(`${title} · Gazette`);
});

test('the workspace titles are in the user’s language', async ({ browser }) => {
  const page = await signedInNewUser(browser, 'Titled Clerk', ['Secretary']);
  const meetingId = await createMeeting(page, {
    sessionNumber: 8,
    heldOn: '2022-11-03',
    chairName: uniqueName('Chair'),
    chairTitle: '',
    purpose: '',
  });
  await page.goto('/account');
  await page.getByRole('combobox', { name: 'Language of the workspace' }).selectOption({ label: '简体中文' });
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('工作台已切换为简体中文。')).toBeVisible();
  expect(await titleOf(page, '/meetings')).toBe('会议管理 · 政务公报');
  expect(await titleOf(page, `/meetings/${meetingId}/release`)).toMatch(
    /^新闻稿 — 第8次.+（2022年11月3日） · 政务公报$/,
  );
});

test('the move buttons keep a space between the arrow and the word', async ({ browser }) => {
  const secretary = await pageAs(browser, 'secretary');
  await createMeeting(secretary, {
    sessionNumber: 9,
    heldOn: '2024-06-01',
    chairName: uniqueName('Chair'),
    chairTitle: '',
    purpose: '',
  });
  await addAgendaItem(secretary, { kind: 'Other', title: 'First item' });
  await addAgendaItem(secretary, { kind: 'Other', title: 'Second item' });
  for (const name of ['Move down', 'Move up']) {
    const button = secretary.getByRole('button', { name, exact: true }).first();
    await expect(button).toBeVisible();
    const gap = await button.evaluate((el) => {
      const arrow = el.querySelector('[aria-hidden="true"]')!;
      const word = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(word);
      return range.getBoundingClientRect().left - arrow.getBoundingClientRect().right;
    });
    expect(gap, name).toBeGreaterThanOrEqual(4);
  }
});

for (const site of [
  { home: '/', label: 'Search the releases', feed: 'Subscribe (Atom)', path: '/feed.xml', lang: 'en' },
  { home: '/zh', label: '搜索新闻稿', feed: '订阅（Atom）', path: '/zh/feed.xml', lang: 'zh-CN' },
]) {
  test(`the public header search has a visible label and the feed is linked, in the page and its head (${site.home})`, async ({
    page,
  }) => {
    await page.goto(site.home);
    const header = page.locator('header.site-header');
    await expect(header.getByText(site.label, { exact: true })).toBeVisible();
    await expect(header.getByRole('searchbox', { name: site.label })).toBeVisible();

    const feed = page.getByRole('link', { name: site.feed });
    await expect(feed).toBeVisible();
    // Each edition links its own feed, in its language.
    await expect(feed).toHaveAttribute('href', site.path);
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute('href', site.path);
    await expect(alternate).toHaveAttribute('hreflang', site.lang);
    const response = await page.request.get(site.path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');

    // On paper, neither the search nor the feed link: only the page.
    await page.emulateMedia({ media: 'print' });
    await expect(header.getByRole('searchbox')).toBeHidden();
    await expect(header.getByRole('button', { name: site.home === '/' ? 'Search' : '搜索' })).toBeHidden();
    await expect(feed).toBeHidden();
  });
}

test('the 404 page speaks only its site’s language', async ({ page }) => {
  const zh = await page.goto('/zh/no-such-page');
  expect(zh?.status()).toBe(404);
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Page not found' })).toBeHidden();
  await expect(main).not.toContainText('Page not found', { useInnerText: true });
  await expect(main).not.toContainText('no page at this address', { useInnerText: true });
  // The breadcrumbs' first step and the page's own way back both lead to the Chinese home.
  const home = main.getByRole('link', { name: '首页' });
  await expect(home).toHaveCount(2);
  for (const link of await home.all()) await expect(link).toHaveAttribute('href', '/zh');

  const en = await page.goto('/no-such-page');
  expect(en?.status()).toBe(404);
  await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(main).not.toContainText('页面未找到', { useInnerText: true });
});
