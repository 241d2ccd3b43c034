import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDecision, createMeeting, SEED_CHAIR_TITLE, uniqueName } from './support/meetings';
import { storageState, type DemoRole } from './support/roles';
import { confirmIfAsked } from './support/workflow';

async function pageAs(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}

/** The secretary writes an issued document's text on its workspace page and saves it. */
async function writeText(page: Page, title: string, text: string) {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Text', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Saved as revision \d+\./)).toBeVisible();
}

/** Catalogue fields, saved as a revision of their own. */
async function saveCatalogue(
  page: Page,
  fields: Record<string, string>,
  selects: Record<string, string> = {},
) {
  const form = page.getByRole('form', { name: 'Catalogue fields' });
  for (const [label, value] of Object.entries(fields))
    await form.getByLabel(label, { exact: true }).fill(value);
  for (const [label, option] of Object.entries(selects)) {
    await form.getByLabel(label, { exact: true }).selectOption({ label: option });
  }
  await form.getByRole('button', { name: 'Save catalogue fields' }).click();
  await expect(form.getByText('Catalogue fields saved as a new revision.')).toBeVisible();
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('document-state')).toContainText('In review');
}

/** A reviewer, then the leader, sign the document's two steps on its review page. */
async function approveBoth(reviewer: Page, leader: Page, documentId: number) {
  for (const [page, after] of [
    [reviewer, 'step 2 of 2'],
    [leader, 'Approved'],
  ] as const) {
    await page.goto(`/review/${documentId}`);
    await confirmIfAsked(page);
    await page.getByRole('button', { name: 'Approve this step' }).click();
    await expect(page.getByTestId('document-state')).toContainText(after);
  }
}

const documentIdOf = (page: Page) => Number(/\/documents\/(\d+)/.exec(page.url())?.[1]);

test('a policy document and its interpretation are issued from a decision, published together, listed in the catalogue, and repealed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const title = uniqueName('Measures for Test Industry');
  const serial = 1 + (Date.now() % 90000);
  const number = `Test Gov. Issue [2026] No. ${serial}`;
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const leader = await pageAs(browser, 'leader');

  // The secretary records the decision and issues it as a document.
  const meetingId = await createMeeting(secretary, {
    sessionNumber: 9,
    heldOn: '2026-03-02',
    chairName: uniqueName('Chair'),
    chairTitle: SEED_CHAIR_TITLE,
    purpose: 'to deliberate the measures.',
  });
  await addDecision(secretary, { title, kind: 'Measures' });
  await secretary.getByRole('button', { name: 'Issue as a document' }).click();
  await expect(secretary).toHaveURL(/\/documents\/\d+$/);
  const policyId = documentIdOf(secretary);
  await writeText(secretary, title, 'First. The <script>alert(1)</script> measures apply.');
  await saveCatalogue(
    secretary,
    {
      'Issuing body': 'The Test Council',
      'Document number': number,
      'Date written': '2026-03-03',
      'Effective date': '2026-04-01',
      'In force until (last day)': '2030-03-31',
    },
    { 'Topic category': 'Economy and industry' },
  );
  await submit(secretary);

  // Writes its interpretation, which names the policy.
  await secretary.getByRole('button', { name: 'Write the interpretation' }).click();
  await expect(secretary).toHaveURL(/\/documents\/\d+$/);
  const interpretationId = documentIdOf(secretary);
  expect(interpretationId).not.toBe(policyId);
  await writeText(secretary, `Interpretation of ${title}`, 'What the measures mean.');
  await submit(secretary);

  await approveBoth(reviewer, leader, interpretationId);
  await approveBoth(reviewer, leader, policyId);
  // The leader publishes both in one step from the policy's review page.
  await expect(leader.getByTestId('catalogue-summary')).toContainText(number);
  leader.once('dialog', (dialog) => dialog.accept());
  await leader.getByRole('button', { name: 'Publish with its interpretation' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');

  // The public finds it in the catalogue, reads its header block and follows the links both ways.
  const visitor = await browser.newPage();
  await visitor.goto(`/catalogue?${new URLSearchParams({ q: number })}`);
  const row = visitor.getByTestId('catalogue-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(number);
  await expect(row).toContainText('In force');
  await expect(row).toContainText(/\/ECON-\d{4}-\d{5}/);
  await row.getByRole('link', { name: title }).click();
  await expect(visitor).toHaveURL(new RegExp(`/documents/\\d{4}/${policyId}-`));
  const header = visitor.getByTestId('document-header-block');
  await expect(header).toContainText(number);
  await expect(header).toContainText('The Test Council');
  await expect(header).toContainText('In force');
  // Markdown without raw HTML: the script is text, never an element.
  await expect(visitor.locator('article script')).toHaveCount(0);
  const policyUrl = visitor.url();
  await visitor.getByRole('link', { name: `Interpretation of ${title}` }).click();
  await expect(visitor).toHaveURL(new RegExp(`/documents/\\d{4}/${interpretationId}-`));
  await visitor.getByRole('link', { name: title, exact: true }).click();
  await expect(visitor).toHaveURL(policyUrl);

  // A later decision's document repeals it; once published, the policy's page says so with a link.
  const repealing = uniqueName('Decision Repealing the Test Measures');
  await secretary.goto(`/meetings/${meetingId}`);
  await addDecision(secretary, { title: repealing, kind: 'Notice' });
  await secretary
    .getByRole('listitem')
    .filter({ hasText: repealing })
    .getByRole('button', { name: 'Issue as a document' })
    .click();
  await expect(secretary).toHaveURL(/\/documents\/\d+$/);
  const repealId = documentIdOf(secretary);
  await writeText(secretary, repealing, 'The measures are repealed.');
  await saveCatalogue(
    secretary,
    {},
    { 'Amends or repeals': title, 'What it does to that document': 'Repeals it' },
  );
  await submit(secretary);
  await approveBoth(reviewer, leader, repealId);
  await expect(leader.getByText(/has no approved interpretation/)).toBeVisible();
  leader.once('dialog', (dialog) => dialog.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');

  await visitor.goto(policyUrl);
  const validity = visitor.getByTestId('document-validity');
  await expect(validity).toContainText('Repealed');
  await expect(validity.getByRole('link', { name: repealing })).toBeVisible();
});
