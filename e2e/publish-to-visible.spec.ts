import { expect, test } from '@playwright/test';
import { approvedRelease } from './support/workflow';

// A measurement, printed rather than asserted (timings on a shared machine are noise): how long after the
// publish action returns the new release is served by each public address. That it is served at all is
// asserted.

test('publish-to-visible: release page, home, feed and search', async ({ browser, request }) => {
  const { release, leader } = await approvedRelease(browser);
  const word = release.chair.split(' ')[1]!;
  await leader.goto(`/review/${release.documentId}`);
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');
  const published = Date.now();

  const shows = async (path: string) => (await (await request.get(path)).text()).includes(word);
  const firstSeen: Record<string, number> = {};
  for (const path of ['/', '/feed.xml', '/rss.xml', `/search?q=${encodeURIComponent(word)}`]) {
    await expect.poll(() => shows(path), { timeout: 5_000, intervals: [10] }).toBe(true);
    firstSeen[path] = Date.now() - published;
  }
  const home = await (await request.get('/')).text();
  const href = new RegExp(`href="(/releases/\\d{4}/${release.documentId}-[^"]+)"`).exec(home)![1]!;
  await expect.poll(() => shows(href), { timeout: 5_000, intervals: [10] }).toBe(true);
  firstSeen[href] = Date.now() - published;
  console.log(
    `publish-to-visible (ms after the publish action returned, checked in turn): ${JSON.stringify(firstSeen)}`,
  );
});
