import { expect, test } from '@playwright/test';
import { approvedRelease, publishNow, type Release } from './support/workflow';

// A meeting recorded after the fact (held in 2024, published now): every public list names it under the
// headline with its session and its date, year included, so that the text's "On March 8" is not read as
// this year's. The demo's releases show the Chinese form on the Chinese lists.

const MEETING = '7th Executive Meeting · March 8, 2024';
let release: Release;
let path = '';

test.beforeAll(async ({ browser }) => {
  const cast = await approvedRelease(browser, { sessionNumber: 7, heldOn: '2024-03-08' });
  release = cast.release;
  await publishNow(cast.leader, release);
  await cast.leader.goto(`/meetings/${release.meetingId}/release`);
  path = (await cast.leader.getByRole('link', { name: 'View the public page' }).getAttribute('href'))!;
  for (const page of [cast.secretary, cast.reviewer, cast.leader]) await page.context().close();
});

test('the archive, search and the latest releases name the meeting with its year', async ({ page }) => {
  const year = /^\/releases\/(\d{4})\//.exec(path)![1]!;
  // Published now, so listed under this year's archive, though the meeting was in 2024.
  expect(Number(year)).toBeGreaterThan(2024);
  const listed = (headline: string) => page.getByRole('listitem').filter({ hasText: headline });

  await page.goto(`/archive/${year}`);
  await expect(listed(release.headline)).toContainText(
    new RegExp(`${MEETING}\\s*Published \\w+ \\d+, ${year}`),
  );

  await page.goto(`/search?q=${encodeURIComponent(release.chair)}`);
  await expect(listed(release.headline)).toContainText(MEETING);

  await page.goto('/');
  await expect(listed(release.headline)).toContainText(MEETING);

  // The Chinese edition lists the English-only release as it is: its meeting line in English, marked so.
  await page.goto('/zh');
  await expect(listed(release.headline).locator('[lang="en"]', { hasText: MEETING })).toBeVisible();
});

test('the Chinese lists name the meeting in Chinese', async ({ page }) => {
  await page.goto('/zh/search?q=%E9%BB%84%E5%BC%BA');
  await expect(page.getByRole('listitem').filter({ hasText: '黄强' }).first()).toContainText(
    '第25次常务会议 · 2024年2月23日',
  );
});

test('the feed opens each entry’s summary with its meeting', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain(`${MEETING} — `);
});
