import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_DECISIONS, DEMO_MEETING } from '../db/demo-records';
import { FIRST_ADMIN_PASSWORD } from '../playwright.config';
import { readSeedRelease } from '../test/support/seed-release';

// The first administrator of a database without the demo brings the seed release in from its plain text
// through the upload page: preview, import, the public page, and a second import that changes nothing.
// This runs after the first-run journey (seed-meeting.empty.spec.ts, see playwright.config.ts), which
// recorded the 2024 meeting by hand: so the 2024 upload is refused, and the file comes in as 2023's.

test.describe.configure({ mode: 'serial' });

const SEED_FILE = path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt');
const FILE_NAME = path.basename(SEED_FILE);
const seed = readSeedRelease();
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

let admin: Page;

async function upload(page: Page, year: string) {
  const form = page.getByRole('form', { name: 'Upload releases' });
  await form.getByLabel('Release files (.txt)').setInputFiles(SEED_FILE);
  await form.getByLabel('Year of the meetings').fill(year);
  await form.getByRole('button', { name: 'Preview' }).click();
}

test('the administrator previews the seed file: an error for a meeting already recorded, then the fields', async ({
  browser,
}) => {
  admin = await (await browser.newContext()).newPage();
  await admin.goto('/login');
  await admin.getByLabel('User name').fill('admin');
  await admin.getByLabel('Password').fill(FIRST_ADMIN_PASSWORD);
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin).not.toHaveURL(/\/login/);
  await admin
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: 'Import releases' })
    .click();
  await expect(admin.getByRole('heading', { name: 'Import published releases' })).toBeVisible();

  // Nothing chosen: a clear error, and nothing else.
  await admin.getByRole('button', { name: 'Preview' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'Choose at least one .txt file.' })).toBeVisible();

  await upload(admin, '2024');
  const card = admin.getByRole('article', { name: FILE_NAME });
  await expect(card).toContainText('Meeting 25 of 2024-02-23 is already in the register');
  await expect(admin.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  await upload(admin, '2023');
  await expect(card).toContainText('Ready to import.');
  await expect(admin.getByText('Choose at least one .txt file.')).toHaveCount(0);
  await expect(card).not.toContainText('already in the register');
  const field = (name: string) =>
    card.locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(field('Headline')).toHaveText(seed.headline);
  await expect(field('Date held')).toHaveText('2023-02-23');
  await expect(field('Session number')).toHaveText('25');
  await expect(field('Chair')).toHaveText('Huang Qiang');
  await expect(field('Chair’s title line')).toHaveText(DEMO_MEETING.chairTitle);
  await expect(field('Verb')).toHaveText('presided over');
  await expect(field('Body paragraphs')).toHaveText(String(seed.paragraphs.length));
  const decisions = card.locator('ol > li');
  await expect(decisions).toHaveCount(DEMO_DECISIONS.length);
  for (const [i, d] of DEMO_DECISIONS.entries()) await expect(decisions.nth(i)).toContainText(d.title);
});

test('importing publishes it, and its public page reads as the seed', async ({ browser }) => {
  await admin.getByRole('button', { name: 'Import', exact: true }).click();
  const results = admin.getByRole('region', { name: 'Import results' });
  await expect(results.getByText(`${FILE_NAME}: imported and published.`)).toBeVisible();
  await expect(results.getByRole('status')).toHaveText('1 imported, 0 already imported, 0 with errors.');
  const href = await results
    .getByRole('link', { name: `Open the public page of “${seed.headline}”` })
    .getAttribute('href');
  // The meeting is of the year the form gave (2023); the release is dated by its file's name (2024-02-23),
  // and its address carries the year it was published.
  expect(href).toMatch(/^\/releases\/2024\/\d+-huang-qiang-chairs-executive-meeting/);

  const visitor = await browser.newPage();
  await visitor.goto(href!);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
  const paragraphs = (await visitor.locator('.prose-release p').allInnerTexts()).map(normalise);
  expect(paragraphs).toEqual(seed.paragraphs.map(normalise));

  // The home page lists it, and the search finds it.
  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name: seed.headline })).toBeVisible();
  await visitor.goto('/search?q=Dongqu');
  await expect(visitor.getByRole('link', { name: seed.headline })).toBeVisible();
});

test('a second import of the same file reports it already imported and changes nothing', async () => {
  await admin.goto('/admin/import');
  await upload(admin, '2023');
  const card = admin.getByRole('article', { name: FILE_NAME });
  await expect(card).toContainText('Already imported: importing it again changes nothing.');
  await admin.getByRole('button', { name: 'Import', exact: true }).click();
  const results = admin.getByRole('region', { name: 'Import results' });
  await expect(results.getByText(`${FILE_NAME}: already imported; nothing changed.`)).toBeVisible();
  await expect(results.getByRole('status')).toHaveText('0 imported, 1 already imported, 0 with errors.');
});
