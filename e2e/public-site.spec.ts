import { expect, test, type Page } from '@playwright/test';
import { DEMO_SITE_SETTINGS } from '../db/demo-records';
import { baseURL } from '../playwright.config';
import { uniqueName } from './support/meetings';
import { feedEntries, sitemapUrls, withdraw } from './support/public-site';
import { approvedRelease, draftedRelease, editAndSave, pageAs, publishNow } from './support/workflow';

// The public surface of one release: home page, Atom and RSS feeds, sitemap and archive. Published, it is
// in all of them, with absolute addresses on this server; withdrawn, it leaves every one; a draft never
// reaches any.

/** The raw text of every public listing, for what must never appear in any of them. */
async function everyListing(page: Page, archivePages: string[]): Promise<string> {
  const sitemaps = ['/sitemap.xml', '/sitemaps/pages.xml', '/sitemaps/releases-1.xml'];
  const paths = ['/', '/zh', '/feed.xml', '/rss.xml', ...sitemaps, '/archive', ...archivePages];
  const texts = await Promise.all(
    paths.map(async (path) => {
      const response = await page.request.get(path);
      // An archive year or month with nothing left in it is a 404 page: still a listing without the release.
      expect([200, 404], path).toContain(response.status());
      return response.text();
    }),
  );
  return texts.join('\n');
}

test('a published release is on the home page, in both feeds, the sitemap and its archive year and month; withdrawn, it leaves them all', async ({
  browser,
  page,
}) => {
  const { release, secretary, leader } = await approvedRelease(browser);
  await publishNow(leader, release);

  await page.goto('/');
  const homeLink = page.getByRole('link', { name: release.headline });
  await expect(homeLink).toBeVisible();
  const path = (await homeLink.getAttribute('href'))!;
  const [, year = '', id = ''] = /^\/releases\/(\d{4})\/(\d+)-[a-z0-9-]+$/.exec(path) ?? [];
  expect(year).not.toBe('');
  expect(Number(id)).toBe(release.documentId);
  const url = `${baseURL}${path}`;
  const entry = { title: release.headline, link: url };

  expect(await feedEntries(page, '/feed.xml')).toContainEqual(entry);
  expect(await feedEntries(page, '/rss.xml')).toContainEqual(entry);
  // Newest first: a release published a moment ago heads both feeds.
  expect((await feedEntries(page, '/feed.xml'))[0]).toEqual(entry);
  expect((await feedEntries(page, '/rss.xml'))[0]).toEqual(entry);
  const searchFor = async (query: string) =>
    (await page.request.get(`/search?q=${encodeURIComponent(query)}`)).text();
  const token = release.chair.split(' ')[1]!;
  expect(await searchFor(token)).toContain(release.headline);
  const sitemap = await sitemapUrls(page);
  expect(sitemap).toContain(url);
  // A release is named at its own language's address only: the Chinese site's page of an English release
  // names this one as canonical.
  expect(sitemap).not.toContain(`${baseURL}/zh${path}`);
  expect(sitemap).toContain(`${baseURL}/archive/${year}`);

  await page.goto('/archive');
  await page.getByRole('link', { name: year, exact: true }).click();
  await expect(page).toHaveURL(`/archive/${year}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Releases of ${year}`);
  // Published a moment ago: its month is the newest of the year, and the month has a page of its own.
  const monthLink = page
    .getByRole('navigation', { name: `Months of ${year}` })
    .getByRole('link')
    .first();
  const monthName = (await monthLink.textContent())!;
  const monthPath = (await monthLink.getAttribute('href'))!;
  expect(monthPath).toMatch(new RegExp(`^/archive/${year}/(0[1-9]|1[0-2])$`));
  expect(sitemap).toContain(`${baseURL}${monthPath}`);
  await page.getByRole('link', { name: release.headline }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.headline);
  await page.goto(`/archive/${year}`);
  await monthLink.click();
  await expect(page).toHaveURL(monthPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Releases of ${monthName}`);
  await expect(page.getByRole('link', { name: `All of ${year}` })).toHaveAttribute(
    'href',
    `/archive/${year}`,
  );
  // The newest month has no newer one; the demo's own release (February 2024) makes an older one.
  const otherMonths = page.getByRole('navigation', { name: 'Other months' });
  await expect(otherMonths.locator('a[rel="next"]')).toHaveCount(0);
  const older = otherMonths.locator('a[rel="prev"]');
  await expect(older).toHaveText(/^Older: \w+ \d{4}$/);
  const olderPath = (await older.getAttribute('href'))!;
  expect(olderPath).toMatch(/^\/archive\/\d{4}\/(0[1-9]|1[0-2])$/);
  expect(olderPath < monthPath).toBe(true);
  await page.getByRole('link', { name: release.headline }).click();
  await expect(page).toHaveURL(path);
  const archivePages = [`/archive/${year}`, monthPath];

  // A newer draft of the published release stays in the workspace until it is published itself.
  const marker = uniqueName('UNPUBLISHED-EDIT');
  await secretary.goto(`/meetings/${release.meetingId}/release`);
  const body = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(secretary, release, `${body}\n\n${marker}`, 2);
  expect(await everyListing(page, archivePages)).not.toContain(marker);
  expect(await searchFor(marker)).toContain(`No published release matches “${marker}”.`);

  await withdraw(leader, release);

  const gone = await page.goto(path);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole('heading', { name: 'Release withdrawn' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: release.headline })).toHaveCount(0);
  expect(await feedEntries(page, '/feed.xml')).not.toContainEqual(entry);
  expect(await feedEntries(page, '/rss.xml')).not.toContainEqual(entry);
  expect((await feedEntries(page, '/feed.xml')).map((e) => e.link)).not.toContain(url);
  expect((await feedEntries(page, '/rss.xml')).map((e) => e.link)).not.toContain(url);
  expect(await searchFor(token)).toContain(`No published release matches “${token}”.`);
  const sitemapAfter = await sitemapUrls(page);
  expect(sitemapAfter).not.toContain(url);
  expect(sitemapAfter).not.toContain(`${baseURL}/zh${path}`);
  for (const archivePage of archivePages) {
    const response = await page.goto(archivePage);
    if (response?.status() === 200)
      await expect(page.getByRole('link', { name: release.headline })).toHaveCount(0);
    else expect(response?.status(), archivePage).toBe(404);
  }
  const listings = await everyListing(page, archivePages);
  expect(listings).not.toContain(release.headline);
  expect(listings).not.toContain(`/releases/${year}/${id}-`);
});

test('a draft that was saved but never published reaches no public listing', async ({ browser, page }) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  const marker = uniqueName('DRAFT-ONLY');
  const body = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(secretary, release, `${body}\n\n${marker}`, 2);

  const listings = await everyListing(page, [`/archive/${new Date().getFullYear()}`]);
  expect(listings).not.toContain(marker);
  const search = await (await page.request.get(`/search?q=${encodeURIComponent(marker)}`)).text();
  expect(search).toContain(`No published release matches “${marker}”.`);
  expect(listings).not.toContain(release.headline);
  await page.goto('/');
  const feeds = [...(await feedEntries(page, '/feed.xml')), ...(await feedEntries(page, '/rss.xml'))];
  expect(feeds.map((e) => e.title)).not.toContain(release.headline);
  expect(
    (await sitemapUrls(page)).some((u) => u.includes(`/releases/`) && u.includes(`/${release.documentId}-`)),
  ).toBe(false);
});

test('feeds, sitemap and robots.txt name this server’s own addresses', async ({ page }) => {
  const atom = await page.request.get('/feed.xml');
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await atom.text()).toContain(`<link rel="self" href="${baseURL}/feed.xml"/>`);
  const rss = await page.request.get('/rss.xml');
  expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(await rss.text()).toContain(`<link>${baseURL}/</link>`);

  const robots = await (await page.request.get('/robots.txt')).text();
  for (const path of ['/meetings', '/review', '/admin', '/account', '/notifications', '/login', '/api'])
    expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toContain('Allow: /\n');
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  await page.goto('/');
  const sitemap = await sitemapUrls(page);
  expect(sitemap).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/zh`, `${baseURL}/archive`]));
});

// A TLS-terminating proxy in front of the server marks requests as https. The public pages reach their
// language by a rewrite inside the server; were the server to forward that rewrite over the network to
// itself (as Next does when it is started on an address other than "localhost", scripts/next-start.mjs),
// it would call its own plain-HTTP port as https and answer 500.
test('behind a TLS-terminating proxy every public page answers from the server itself', async ({ page }) => {
  for (const path of ['/', '/zh', '/archive', '/search?q=meeting']) {
    const response = await page.request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(path.startsWith('/zh') ? '政务公开' : 'Open Governance');
  }
});

// The Chinese site is for Chinese readers: its name and every footer value are the Chinese ones from the
// site settings, and no English one appears on any of its pages (the English site keeps its own).
test('the Chinese site shows its own name and footer values, never the English ones', async ({ page }) => {
  const english = [
    DEMO_SITE_SETTINGS.sectionName,
    DEMO_SITE_SETTINGS.hostedBy,
    DEMO_SITE_SETTINGS.operator,
    DEMO_SITE_SETTINGS.icpNumber,
    DEMO_SITE_SETTINGS.securityRecord,
  ];
  const home = await (await page.request.get('/')).text();
  const release = /href="(\/releases\/\d{4}\/[^"]+)"/.exec(home)?.[1];
  expect(release, 'a release on the home page').toBeTruthy();
  for (const path of [
    '/zh',
    '/zh/archive',
    `/zh${release}`,
    '/zh/search?q=%E4%BC%9A%E8%AE%AE',
    '/zh/no-such-page',
  ]) {
    await page.goto(path);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: DEMO_SITE_SETTINGS.sectionNameZh })).toBeVisible();
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(`主办单位：${DEMO_SITE_SETTINGS.hostedByZh}`);
    await expect(footer).toContainText(`网站运维：${DEMO_SITE_SETTINGS.operatorZh}`);
    await expect(footer).toContainText(DEMO_SITE_SETTINGS.icpNumberZh);
    await expect(footer).toContainText(DEMO_SITE_SETTINGS.securityRecordZh);
    const chrome = `${await banner.innerText()}\n${await footer.innerText()}\n${await page.title()}`;
    for (const value of english) expect(chrome, `${path}: ${value}`).not.toContain(value);
  }
  await page.goto('/');
  await expect(page.getByRole('contentinfo')).toContainText(`Hosted by: ${DEMO_SITE_SETTINGS.hostedBy}`);
  await expect(page.getByRole('contentinfo')).not.toContainText(DEMO_SITE_SETTINGS.hostedByZh);
});
