import { expect, type Page } from '@playwright/test';
import { DEMO_BODY_OPTION, ENGLISH_BODY } from './bodies';

export const SEED_CHAIR_TITLE =
  "Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of the People's Government of Sichuan Province";

/** A name nobody else's test uses, so each test finds its own meeting and release. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

export type NewMeeting = {
  /**
   * The body: English-original by default (the journeys written in English), or the demo's body, whose
   * releases are Chinese first.
   */
  body?: 'english' | 'demo';
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairTitle: string;
  purpose: string;
  chairNameZh?: string;
  chairTitleZh?: string;
  purposeZh?: string;
};

/** Creates a meeting through the form and returns its id (the page is left on the meeting). */
export async function createMeeting(page: Page, m: NewMeeting): Promise<number> {
  await page.goto('/meetings/new');
  await page
    .getByLabel('Body')
    .selectOption({ label: m.body === 'demo' ? DEMO_BODY_OPTION : ENGLISH_BODY.option });
  await page.getByRole('spinbutton', { name: 'Session number' }).fill(String(m.sessionNumber));
  await page.getByLabel('Date held').fill(m.heldOn);
  await page.getByRole('textbox', { name: 'Chair (English)', exact: true }).fill(m.chairName);
  await page.getByLabel('Chair’s title line (English)').fill(m.chairTitle);
  await page.getByLabel('Purpose (English)').fill(m.purpose);
  if (m.chairNameZh)
    await page.getByRole('textbox', { name: 'Chair (Chinese)', exact: true }).fill(m.chairNameZh);
  if (m.chairTitleZh) await page.getByLabel('Chair’s title line (Chinese)').fill(m.chairTitleZh);
  if (m.purposeZh) await page.getByLabel('Purpose (Chinese)').fill(m.purposeZh);
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+/);
  return Number(/\/meetings\/(\d+)/.exec(page.url())![1]);
}

/** The title an agenda item or decision is listed under in an English workspace: its English one if any. */
const listedTitle = (r: { title?: string; titleZh?: string }) => r.title || r.titleZh!;

export async function addAgendaItem(
  page: Page,
  item: { kind: string; title?: string; titleZh?: string; stressed?: string; stressedZh?: string },
) {
  const form = page.getByRole('form', { name: 'Add agenda item' });
  // The form may still be open from the item added before.
  if (!(await form.isVisible())) await page.getByText('Add agenda item', { exact: true }).first().click();
  await form.getByLabel('Kind').selectOption({ label: item.kind });
  if (item.title) await form.getByLabel('Title (English)').fill(item.title);
  if (item.titleZh) await form.getByLabel('Title (Chinese)').fill(item.titleZh);
  if (item.stressed) await form.getByLabel('What the meeting stressed (English)').fill(item.stressed);
  if (item.stressedZh) await form.getByLabel('What the meeting stressed (Chinese)').fill(item.stressedZh);
  await form.getByRole('button', { name: 'Add agenda item' }).click();
  await expect(
    page.getByRole('region', { name: 'Agenda items' }).getByText(listedTitle(item), { exact: true }).first(),
  ).toBeVisible();
}

export async function addDecision(
  page: Page,
  d: {
    title?: string;
    titleZh?: string;
    kind: string;
    outcome?: string;
    emphasis?: string;
    emphasisZh?: string;
  },
) {
  const summary = page.locator('summary', { hasText: 'Add decision' });
  if (!(await page.getByRole('form', { name: 'Add decision' }).isVisible())) await summary.click();
  const form = page.getByRole('form', { name: 'Add decision' });
  if (d.title) await form.getByLabel('Title as adopted (English)').fill(d.title);
  if (d.titleZh) await form.getByLabel('Title as adopted (Chinese)').fill(d.titleZh);
  await form.getByLabel('Kind').selectOption({ label: d.kind });
  await form.getByLabel('Outcome').selectOption({ label: d.outcome ?? 'Adopted' });
  if (d.emphasis) await form.getByLabel('What the meeting emphasised (English)').fill(d.emphasis);
  if (d.emphasisZh) await form.getByLabel('What the meeting emphasised (Chinese)').fill(d.emphasisZh);
  await form.getByRole('button', { name: 'Add decision' }).click();
  await expect(
    page.getByRole('region', { name: 'Decisions' }).getByText(listedTitle(d), { exact: true }).first(),
  ).toBeVisible();
}
