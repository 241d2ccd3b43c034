import { expect, type Page } from '@playwright/test';

export const SEED_CHAIR_TITLE =
  "Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of the People's Government of Sichuan Province";

/** A name nobody else's test uses, so each test finds its own meeting and release. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export type NewMeeting = {
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairTitle: string;
  purpose: string;
};

/** Creates a meeting through the form and returns its id (the page is left on the meeting). */
export async function createMeeting(page: Page, m: NewMeeting): Promise<number> {
  await page.goto('/meetings/new');
  await page.getByRole('spinbutton', { name: 'Session number' }).fill(String(m.sessionNumber));
  await page.getByLabel('Date held').fill(m.heldOn);
  await page.getByRole('textbox', { name: 'Chair', exact: true }).fill(m.chairName);
  await page.getByLabel('Chair’s title line').fill(m.chairTitle);
  await page.getByLabel('Purpose').fill(m.purpose);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+/);
  return Number(/\/meetings\/(\d+)/.exec(page.url())![1]);
}

export async function addAgendaItem(page: Page, item: { kind: string; title: string; stressed?: string }) {
  const form = page.getByRole('form', { name: 'Add agenda item' });
  // The form may still be open from the item added before.
  if (!(await form.isVisible())) await page.getByText('Add agenda item', { exact: true }).first().click();
  await form.getByLabel('Kind').selectOption({ label: item.kind });
  await form.getByLabel('Title').fill(item.title);
  if (item.stressed) await form.getByLabel('What the meeting stressed').fill(item.stressed);
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await expect(
    page.getByRole('region', { name: 'Agenda items' }).getByText(item.title, { exact: true }).first(),
  ).toBeVisible();
}

export async function addDecision(
  page: Page,
  d: { title: string; kind: string; outcome?: string; emphasis?: string },
) {
  const summary = page.locator('summary', { hasText: 'Add decision' });
  if (!(await page.getByRole('form', { name: 'Add decision' }).isVisible())) await summary.click();
  const form = page.getByRole('form', { name: 'Add decision' });
  await form.getByLabel('Title as adopted').fill(d.title);
  await form.getByLabel('Kind').selectOption({ label: d.kind });
  await form.getByLabel('Outcome').selectOption({ label: d.outcome ?? 'Adopted' });
  if (d.emphasis) await form.getByLabel('What the meeting emphasised').fill(d.emphasis);
  await form.getByRole('button', { name: 'Add decision' }).click();
  await expect(
    page.getByRole('region', { name: 'Decisions' }).getByText(d.title, { exact: true }).first(),
  ).toBeVisible();
}
