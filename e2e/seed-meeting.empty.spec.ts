import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_AGENDA, DEMO_BODY, DEMO_DECISIONS, DEMO_MEETING } from '../db/demo-records';
import { en } from '../messages/en';
import { FIRST_ADMIN_PASSWORD } from '../playwright.config';
import { readSeedRelease } from '../test/support/seed-release';
import { addBody } from './support/bodies';

// On a database without the demo: the first administrator sets up the body and a secretary, who then
// recreates the seed meeting entirely through the forms.

test.describe.configure({ mode: 'serial' });

async function signIn(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

let secretary: Page;
let meetingId: number;

test('the first administrator adds the body and a secretary', async ({ browser }) => {
  const admin = await signIn(browser, 'admin', FIRST_ADMIN_PASSWORD);
  await admin.goto('/admin/bodies');
  await expect(admin.getByText('No body yet.', { exact: false })).toBeVisible();
  // The seed is the English edition: this body writes English first.
  await addBody(admin, {
    originalLanguage: 'English',
    name: DEMO_BODY.name,
    meetingName: DEMO_BODY.meetingName,
  });

  await admin.goto('/admin/users');
  await admin.getByText('Create user', { exact: true }).first().click();
  const user = admin.getByRole('form', { name: 'Create user' });
  await user.getByLabel('User name').fill('clerk');
  await user.getByLabel('Full name').fill('Clerk of the Secretariat');
  await user.getByLabel('Initial password').fill('clerk-password-2024');
  await user.getByLabel('Secretary', { exact: true }).check();
  await user.getByRole('button', { name: 'Create user' }).click();
  await expect(user.getByText('User clerk created.')).toBeVisible();
  secretary = await signIn(browser, 'clerk', 'clerk-password-2024');
});

test('a secretary recreates the seed meeting and drafts its release from the records', async () => {
  const page = secretary;
  await page.goto('/meetings');
  await expect(page.getByText('No meetings yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New meeting' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Session number' })).toHaveValue('1');
  await page.getByRole('spinbutton', { name: 'Session number' }).fill(String(DEMO_MEETING.sessionNumber));
  await page.getByLabel('Date held').fill(DEMO_MEETING.heldOn);
  await page.getByRole('textbox', { name: 'Chair (English)', exact: true }).fill(DEMO_MEETING.chairName);
  await page.getByLabel('Chair’s title line (English)').fill(DEMO_MEETING.chairTitle);
  await page.getByLabel('Purpose (English)').fill(DEMO_MEETING.purpose);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  meetingId = Number(/\/meetings\/(\d+)/.exec(page.url())![1]);

  for (const item of DEMO_AGENDA) {
    if (!(await page.getByRole('form', { name: 'Add agenda item' }).isVisible())) {
      await page.locator('summary', { hasText: 'Add agenda item' }).click();
    }
    const form = page.getByRole('form', { name: 'Add agenda item' });
    await form.getByLabel('Kind').selectOption({ label: en[`agenda.kind.${item.kind}`] });
    await form.getByLabel('Title (English)').fill(item.title);
    await form.getByLabel('Presenter or department').fill(item.presenter);
    await form.getByLabel('What the meeting stressed (English)').fill(item.stressed);
    await form.getByRole('button', { name: 'Add agenda item' }).click();
    await expect(
      page.getByRole('region', { name: 'Agenda items' }).getByText(item.title, { exact: true }).first(),
    ).toBeVisible();
  }
  for (const d of DEMO_DECISIONS) {
    if (!(await page.getByRole('form', { name: 'Add decision' }).isVisible())) {
      await page.locator('summary', { hasText: 'Add decision' }).click();
    }
    const form = page.getByRole('form', { name: 'Add decision' });
    await form.getByLabel('Title as adopted (English)').fill(d.title);
    await form.getByLabel('Kind').selectOption({ label: en[`decisions.kind.${d.kind}`] });
    await form.getByLabel('Outcome').selectOption({ label: en[`decisions.outcome.${d.outcome}`] });
    await form.getByLabel('Agenda item').selectOption({ label: DEMO_AGENDA[d.agendaIndex]!.title });
    await form.getByLabel('What the meeting emphasised (English)').fill(d.emphasis);
    await form.getByRole('button', { name: 'Add decision' }).click();
    await expect(
      page.getByRole('region', { name: 'Decisions' }).getByText(d.title, { exact: true }).first(),
    ).toBeVisible();
  }

  await page
    .getByRole('navigation', { name: 'Meeting pages' })
    .getByRole('link', { name: 'Press release (English, original)' })
    .click();
  await page.getByRole('button', { name: 'Draft from records' }).click();
  const text = page.getByLabel('Text', { exact: true });
  await expect(text).toHaveValue(/^On February 23, Huang Qiang, /);
  const drafted = await text.inputValue();
  expect(drafted).toContain(DEMO_MEETING.chairTitle);
  expect(drafted).toContain('25th Executive Meeting');
  for (const d of DEMO_DECISIONS) expect(drafted).toContain(d.title);
  // The whole draft reads as the province's published release.
  const seed = readSeedRelease();
  expect(drafted.split('\n\n')).toEqual(seed.paragraphs);
  await expect(page.getByLabel('Headline')).toHaveValue(seed.headline);
  await expect(page.getByText('The release agrees with the records.')).toBeVisible();
});

test('the consistency check catches a wrong session number and a dropped title, and blocks submission', async () => {
  const page = secretary;
  await page.goto(`/meetings/${meetingId}/release`);
  const text = page.getByLabel('Text', { exact: true });
  const drafted = await text.inputValue();

  await text.fill(drafted.replace('25th Executive Meeting', '24th Executive Meeting'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();
  await expect(page.getByText('The session should read “25th”; found: 24th.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(
    page.getByText('The release does not agree with the meeting’s records.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByTestId('document-state')).toContainText('Draft');

  await text.fill(drafted.replace('the Notice on Further Facilitating Land Acquisition, ', ''));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as revision 3.')).toBeVisible();
  await expect(
    page.getByText('The adopted title “Notice on Further Facilitating Land Acquisition” is missing.'),
  ).toBeVisible();
  await expect(page.getByText('The session should read', { exact: false })).toHaveCount(0);
});

test('minutes: live preview, autosave, and the text offered back after the page was closed', async () => {
  const page = secretary;
  await page.goto(`/meetings/${meetingId}/minutes`);
  await page.getByLabel('Title', { exact: true }).fill('Minutes of the 25th Executive Meeting');
  await page
    .getByLabel('Text', { exact: true })
    .fill('## Attendance\n\nAll members were present. **Unsaved** line.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Attendance' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('Unsaved');
  await expect(page.getByText(/^Draft kept at /)).toBeVisible();
  await page.close();

  const again = await page.context().newPage();
  await again.goto(`/meetings/${meetingId}/minutes`);
  await expect(again.getByText(/You have unsaved text from/)).toBeVisible();
  await expect(again.getByLabel('Text', { exact: true })).toHaveValue(
    '## Attendance\n\nAll members were present. **Unsaved** line.',
  );
  secretary = again;
});

test('agenda items are reordered with buttons, from the keyboard', async () => {
  const page = secretary;
  await page.goto(`/meetings/${meetingId}`);
  const items = page.getByRole('region', { name: 'Agenda items' }).locator('ol > li > p.font-medium');
  await expect(items.first()).toHaveText(DEMO_AGENDA[0]!.title);
  const moveDown = page.getByRole('button', { name: 'Move down' }).first();
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(items.first()).toHaveText(DEMO_AGENDA[1]!.title);
  await expect(items.nth(1)).toHaveText(DEMO_AGENDA[0]!.title);
});

test('the meeting’s history lists what was done to its records and documents, and the register shows each document', async () => {
  const page = secretary;
  await page.goto(`/meetings/${meetingId}/history`);
  const history = page.getByRole('list').filter({ hasText: 'Meeting recorded' });
  await expect(history.getByText('Meeting recorded')).toBeVisible();
  await expect(history.getByText('Agenda item moved')).toBeVisible();
  await expect(
    history.getByText(`Decision added · “${DEMO_DECISIONS[0]!.title}”`, { exact: false }),
  ).toBeVisible();
  await expect(history.getByText('Saved', { exact: true }).first()).toBeVisible();

  await page.goto('/meetings?q=Huang');
  await expect(page.getByText('1 meeting', { exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '25th Executive Meeting' });
  await expect(row.getByText('Press release (English, original): Draft')).toBeVisible();
  await expect(row.getByText('Press release (Chinese, translation): Draft')).toBeVisible();
  await expect(row.getByText('Minutes: Draft')).toBeVisible();
});
