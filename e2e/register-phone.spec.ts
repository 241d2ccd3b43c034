import { expect, test } from '@playwright/test';
import { storageState } from './support/roles';

// The meeting register on a phone (390 px): a card per meeting instead of a five-column table, and the
// filters folded away unless one is in use. On a wide screen the table and the filters are as they were.

test.use({ storageState: storageState('secretary') });

test('on a phone each meeting is a card and the filters fold away', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/meetings');
  await expect(page.getByRole('table')).toBeHidden();
  const cards = page.getByTestId('register-cards').getByRole('listitem');
  // Each card names its meeting and lists what the table's columns say.
  const first = cards.first();
  await expect(first.getByRole('link', { name: /^\d+(st|nd|rd|th) / })).toBeVisible();
  await expect(first.getByRole('term')).toContainText(['Date', 'Chair', 'Status']);
  // No sideways scrolling: the page is as wide as the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const search = page.getByRole('search', { name: 'Find meetings' });
  const q = search.getByLabel('Chair, body or session number');
  await expect(q).toBeHidden();
  await search.getByText('Filters', { exact: true }).click();
  await q.fill('Huang');
  await search.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/q=Huang/);
  // A filter in use keeps them open, and says so.
  await expect(search.getByText('Filters (in use)')).toBeVisible();
  await expect(q).toBeVisible();
  await expect(q).toHaveValue('Huang');
  const demo = cards
    .filter({ hasText: '25th Executive Meeting' })
    .filter({ hasText: 'DateFebruary 23, 2024' });
  await expect(demo.first()).toContainText('ChairHuang Qiang');
});

test('on a wide screen the register is a table and the filters are open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/meetings');
  await expect(page.getByTestId('register-cards')).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: '25th Executive Meeting' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader')).toHaveText([
    'Meeting',
    'Date',
    'Chair',
    'Status',
    'Documents',
  ]);
  await expect(page.getByLabel('Chair, body or session number')).toBeVisible();
  await expect(page.getByText('Filters', { exact: true })).toBeHidden();
});
