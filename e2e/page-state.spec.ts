import { expect, test } from '@playwright/test';
import { createMeeting, uniqueName } from './support/meetings';
import { pageAs } from './support/workflow';

// What a page shows of its own state: an add form that closes and starts afresh after adding, reading
// tools that show the choice in force after a reload, and a printout without the site's search.

test('an add form closes after adding, and opens again with every field at its default', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  await createMeeting(secretary, {
    sessionNumber: 4,
    heldOn: '2025-04-02',
    chairName: uniqueName('Chair'),
    chairTitle: '',
    purpose: '',
  });
  const agenda = secretary.getByRole('region', { name: 'Agenda items' });
  const form = secretary.getByRole('form', { name: 'Add agenda item' });
  await agenda.locator('summary', { hasText: 'Add agenda item' }).click();
  await form.getByLabel('Kind').selectOption({ label: 'Hear a report' });
  await form.getByLabel('Title (English)').fill('The quarterly report');
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await expect(agenda.getByText('The quarterly report', { exact: true })).toBeVisible();
  await expect(agenda.getByRole('status').filter({ hasText: 'Agenda item added.' })).toBeVisible();
  await expect(form).toBeHidden();

  await agenda.locator('summary', { hasText: 'Add agenda item' }).click();
  await expect(form.getByLabel('Kind')).toHaveValue('deliberate_document');
  await expect(form.getByLabel('Title (English)')).toHaveValue('');

  const decisions = secretary.getByRole('region', { name: 'Decisions' });
  const decisionForm = secretary.getByRole('form', { name: 'Add decision' });
  await decisions.locator('summary', { hasText: 'Add decision' }).click();
  await decisionForm.getByLabel('Title as adopted (English)').fill('Measures for the Spring Planting');
  await decisionForm.getByLabel('Kind').selectOption({ label: 'Plan' });
  await decisionForm.getByRole('button', { name: 'Add decision' }).click();
  await expect(decisions.getByRole('status').filter({ hasText: 'Decision added.' })).toBeVisible();
  await expect(decisionForm).toBeHidden();
  await decisions.locator('summary', { hasText: 'Add decision' }).click();
  await expect(decisionForm.getByLabel('Kind')).toHaveValue('measures');
  await secretary.context().close();
});

test('the reading tools show the text size and mode in force after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('article').first().getByRole('link').first().click();
  const tools = page.getByRole('group', { name: 'Reading options' });
  const larger = tools.getByRole('button', { name: 'Larger text' });
  const elder = tools.getByRole('button', { name: 'Elder mode' });
  // Retried until the page has hydrated: choosing a size is idempotent.
  await expect(async () => {
    await larger.click();
    await expect(larger).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
  }).toPass();
  await elder.click();
  await expect(elder).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'larger');
  await expect(larger).toHaveAttribute('aria-pressed', 'true');
  await expect(tools.getByRole('button', { name: 'Normal text' })).toHaveAttribute('aria-pressed', 'false');
  await expect(elder).toHaveAttribute('aria-pressed', 'true');
});

test('a printed page leaves out the header search', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('search')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('search')).toBeHidden();
});
