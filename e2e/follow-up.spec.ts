import { expect, test, type Page } from '@playwright/test';
import { DEMO_UNITS } from '../db/demo-directory';
import { uniqueName } from './support/meetings';
import { pageAs } from './support/workflow';

// The follow-up of a decision, end to end: the secretary takes an item from the demo policy for the demo
// liaison's unit, with a deadline already past (so it is overdue at once, as the ticker's clock would find
// it; the reminders themselves are tested with an injected clock in data/follow-up.test.ts); the dashboard
// counts it; the liaison reports progress and asks for more time; the secretary accepts; the public sees
// the disclosed item's status. A liaison of the unit opens no other unit's item.

const DEMO_MEETING = 1;
const ECONOMY = DEMO_UNITS.find((u) => u.key === 'economy')!;

/** A calendar day relative to today in Shanghai (the demo site's zone), as YYYY-MM-DD. */
const shanghaiDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** The overdue count of the demo liaison's unit in the dashboard's table. */
async function overdueOfEconomy(page: Page): Promise<number> {
  await page.goto('/dashboard');
  // The table is folded under its chart: read it folded.
  const row = page
    .getByRole('table', { name: 'Overdue items by leading unit', includeHidden: true })
    .getByRole('row', { includeHidden: true })
    .filter({ hasText: ECONOMY.name });
  return (await row.count()) === 0
    ? 0
    : Number(await row.getByRole('cell', { includeHidden: true }).last().textContent());
}

test('a follow-up item goes from the secretary to the unit, past its deadline and back, and to the public', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const liaison = await pageAs(browser, 'liaison');
  const task = uniqueName('publish the subsidy rules');
  const before = await overdueOfEconomy(secretary);

  await test.step('the secretary creates the item from the adopted policy, due yesterday', async () => {
    await secretary.goto(`/follow-up?meeting=${DEMO_MEETING}`);
    const form = secretary.getByRole('form', { name: 'New follow-up item' });
    await expect(form.getByLabel('Taken from')).toContainText('Decision:');
    await form.getByLabel('What is to be done (English)').fill(task);
    await form.getByLabel('Leading unit').selectOption({ label: ECONOMY.name });
    await form.getByLabel('Deadline (optional)').fill(shanghaiDay(-1));
    await form.getByLabel('Responsible leader').fill('Vice Governor (e2e)');
    await form.getByRole('checkbox', { name: 'Yes' }).check();
    await form.getByRole('button', { name: 'Create item' }).click();
    await expect(form.getByRole('status')).toHaveText('Follow-up item created.');
    await secretary.getByRole('link', { name: task, exact: true }).click();
    await expect(secretary.getByRole('heading', { level: 1 })).toHaveText(task);
    await expect(secretary.locator('[data-status]')).toHaveText('Overdue');
  });

  await test.step('the dashboard counts it overdue for the unit', async () => {
    expect(await overdueOfEconomy(secretary)).toBe(before + 1);
  });

  await test.step('the liaison reports progress and asks for more time', async () => {
    await liaison.goto('/follow-up');
    await liaison.getByRole('link', { name: task, exact: true }).click();
    const report = liaison.getByRole('form', { name: 'Report progress' });
    await report.getByLabel('What has been done').fill('The draft rules went out for comment.');
    await report.getByLabel('Percentage done (optional)').fill('30');
    await report.getByRole('button', { name: 'File report' }).click();
    await expect(report.getByRole('status')).toHaveText('Report filed.');
    const extension = liaison.getByRole('form', { name: 'Ask for an extension' });
    await extension.getByLabel('New deadline').fill(shanghaiDay(60));
    await extension.getByLabel('Reason').fill('The comment period runs for a month.');
    await extension.getByRole('button', { name: 'Ask for extension' }).click();
    // One request at a time: the form gives way to the request, waiting for the secretariat.
    await expect(liaison.getByText('An extension to')).toContainText('The comment period runs for a month.');
    await expect(extension).toHaveCount(0);
  });

  await test.step('the liaison opens no item of another unit', async () => {
    // The demo's first item is the General Office's.
    const response = await liaison.goto('/follow-up/1');
    expect(response?.status()).toBe(404);
  });

  await test.step('the secretary accepts: the deadline moves, the item is in progress again', async () => {
    await secretary.goto(`/follow-up?meeting=${DEMO_MEETING}`);
    await secretary.getByRole('link', { name: task, exact: true }).click();
    const answer = secretary.getByRole('form', { name: 'Answer the extension request' });
    await answer.getByRole('button', { name: 'Accept extension' }).click();
    // Answered, the request and its form are gone; the history keeps both deadlines.
    await expect(answer).toHaveCount(0);
    await expect(secretary.locator('[data-status]')).toHaveText('In progress');
    await expect(secretary.locator('[data-event="extension_accepted"]')).toContainText('Extension accepted');
    expect(await overdueOfEconomy(secretary)).toBe(before);
  });

  await test.step('the public sees the disclosed item and its progress', async () => {
    const visitor = await browser.newPage();
    await visitor.goto('/progress?status=in_progress');
    const item = visitor.getByRole('listitem').filter({ hasText: task });
    await expect(item).toContainText('In progress');
    await expect(item).toContainText('30%');
    await visitor.goto('/zh/progress');
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('议定事项进展');
    await expect(visitor.getByRole('listitem').filter({ hasText: task })).toContainText('推进中');
    await visitor.close();
  });

  await secretary.context().close();
  await liaison.context().close();
});
