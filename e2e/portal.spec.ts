import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { baseURL } from '../playwright.config';
import { approvedRelease, publishNow } from './support/workflow';

// The public portal's frame: the primary navigation and the breadcrumbs by keyboard (the menu on a phone),
// previous and next releases, and the QR code that carries a release's canonical address to a phone.

/** Presses Tab until `target` has focus (at most `limit` times): it is in the tab order, reached in order. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reached by Tab');
}

/** The QR code's modules, drawn on a canvas in the page, as the pixels a decoder reads. */
async function qrPixels(page: Page) {
  return page.locator('.share-qr svg').evaluate(async (svg) => {
    const size = 300;
    const image = new Image(size, size);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  });
}

test('a new release: reached from the navigation and breadcrumbs by keyboard, linked to the one before it, its QR code its address', async ({
  browser,
  page,
}) => {
  const { release, leader } = await approvedRelease(browser, { sessionNumber: 31, heldOn: '2026-06-04' });
  await publishNow(leader, release);

  // Home → "Meetings by year" in the primary navigation, by keyboard; it is then the current section.
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const meetings = nav.getByRole('link', { name: 'Meetings by year' });
  await tabTo(page, meetings);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/archive');
  await expect(meetings).toHaveAttribute('aria-current', 'page');
  const trail = page.getByRole('navigation', { name: 'You are here' });
  await expect(trail.getByRole('listitem')).toHaveText(['Home', '›Meetings by year']);

  // The release's page: its trail leads back up by keyboard.
  await page.goto('/');
  await page.getByRole('link', { name: release.headline }).click();
  await page.waitForURL(/\/releases\//);
  const path = new URL(page.url()).pathname;
  const year = path.split('/')[2]!;
  await expect(trail.getByRole('link')).toHaveText(['Home', 'Meetings by year', year]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText(release.headline);

  // The QR code decodes to the page's canonical address.
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
  expect(canonical).toBe(`${baseURL}${path}`);
  const { data, size } = await qrPixels(page);
  expect(jsQR(Uint8ClampedArray.from(data), size, size)?.data).toBe(canonical);

  // The newest release has no next; its previous release's "next" leads back to it.
  const neighbours = page.getByRole('navigation', { name: 'Previous and next releases' });
  await expect(neighbours.getByRole('link', { name: /^Next release/ })).toHaveCount(0);
  await neighbours.getByRole('link', { name: /^Previous release/ }).click();
  await expect(page).not.toHaveURL(path);
  await neighbours.getByRole('link', { name: /^Next release/ }).click();
  await expect(page).toHaveURL(path);

  await tabTo(page, trail.getByRole('link', { name: year }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/archive/${year}`);

  // On a phone the sections fold under "Menu", which opens from the keyboard.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(meetings).toBeHidden();
  await tabTo(page, nav.getByText('Menu'));
  await page.keyboard.press('Enter');
  await expect(meetings).toBeVisible();
  await expect(meetings).toHaveAttribute('aria-current', 'page');
});
