import { expect, test } from '@playwright/test';
import { DEMO_DECISIONS } from '../db/demo-records';
import { readSeedRelease } from '../test/support/seed-release';

const seed = readSeedRelease();
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the demo release reads as the published seed release, footer included', async ({ page }) => {
  await page.goto('/');
  // The demo was published in 2024: the oldest of the releases that share its headline.
  await page.getByRole('link', { name: seed.headline }).last().click();
  await expect(page).toHaveURL(/\/releases\/2024\/\d+-huang-qiang-chairs-executive-meeting/);

  await expect(page.getByRole('banner')).toContainText(seed.section);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
  await expect(page.getByText('Published February 23, 2024')).toBeVisible();

  const paragraphs = (await page.locator('article p').allInnerTexts())
    .map(normalise)
    .filter((p) => !p.startsWith('Published'));
  expect(paragraphs).toEqual(seed.paragraphs.map(normalise));
  const body = normalise(await page.locator('article').innerText());
  for (const d of DEMO_DECISIONS) expect(body).toContain(d.title);

  const footer = (await page.getByRole('contentinfo').locator('p').allInnerTexts()).map(normalise);
  expect(footer).toEqual(seed.footer.map(normalise));
});
