import { expect, test, type Page } from '@playwright/test';
import { addAgendaItem, addDecision, createMeeting, uniqueName } from './support/meetings';
import { confirmIfAsked, pageAs } from './support/workflow';

// A meeting of the demo's body, whose releases are Chinese first: recorded in Chinese, then in English as
// far as the English release asks; the Chinese original and its English translation each drafted,
// reviewed and published (the translation after its original); then the original changes and the
// translation is marked stale; withdrawing the original takes the translation down with it.

test.describe.configure({ mode: 'serial' });

let secretary: Page;
let reviewer: Page;
let leader: Page;
let meetingId: number;
const ids = { zh: 0, en: 0 };
const token = uniqueName('').trim();
const chairZh = `黄强${token}`;
const decisionZh = `关于测试${token}的若干措施`;
const decisionEn = `Several Measures on Testing ${token}`;

const documentId = async (page: Page) =>
  Number(await page.getByTestId('document-state').getAttribute('data-document-id'));

async function approveStep(page: Page, id: number, expectState: string) {
  await page.goto(`/review/${id}`);
  await confirmIfAsked(page);
  await page.getByRole('button', { name: 'Approve this step' }).click();
  await expect(page.getByTestId('document-state')).toContainText(expectState);
}

async function publish(page: Page, id: number) {
  await page.goto(`/review/${id}`);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Publish now' }).click();
}

/** Published now, not only at an earlier revision ("Approved · the published text stays live"). */
async function expectPublished(page: Page) {
  await expect(page.getByTestId('document-state')).toHaveText(/^Published$/);
}

test.beforeAll(async ({ browser }) => {
  secretary = await pageAs(browser, 'secretary');
  reviewer = await pageAs(browser, 'reviewer');
  leader = await pageAs(browser, 'leader');
});

test('a meeting recorded in both languages: the original and its translation drafted, reviewed and published in order', async () => {
  meetingId = await createMeeting(secretary, {
    body: 'demo',
    sessionNumber: 26,
    heldOn: '2026-03-05',
    chairName: '',
    chairTitle: '',
    purpose: '',
    chairNameZh: chairZh,
    chairTitleZh: '省委副书记、省长',
    purposeZh: '传达学习全国两会精神，研究部署测试等工作',
  });
  await addAgendaItem(secretary, {
    kind: 'Deliberate a document',
    titleZh: '审议若干措施',
    stressedZh: '要扎实推进测试工作',
  });
  await addDecision(secretary, { titleZh: decisionZh, kind: 'Measures', emphasisZh: '要抓好落实' });

  // The English workspace lists the Chinese title, marked as Chinese, and says its translation is missing.
  const decisions = secretary.getByRole('region', { name: 'Decisions' });
  await expect(decisions.locator('span[lang="zh"]', { hasText: decisionZh })).toBeVisible();
  await expect(decisions.getByText('translation missing')).toBeVisible();

  // The original: the Chinese release, drafted from the Chinese records in the Chinese house style.
  await secretary.goto(`/meetings/${meetingId}/release`);
  await expect(secretary.getByRole('heading', { name: 'Press release (Chinese, original)' })).toBeVisible();
  await secretary.getByRole('button', { name: 'Draft from records' }).click();
  const text = secretary.getByLabel('Text', { exact: true });
  await expect(text).toHaveValue(/^3月5日，省委副书记、省长黄强/);
  await expect(text).toHaveValue(new RegExp(`省政府第26次常务会议[\\s\\S]*《${decisionZh}》`));
  await expect(secretary.getByText('The release agrees with the records.')).toBeVisible();
  ids.zh = await documentId(secretary);
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');

  // The translation asks for what the English records lack, field by field, instead of drafting.
  await secretary.getByRole('link', { name: 'Open the English release' }).click();
  await expect(
    secretary.getByRole('heading', { name: 'Press release (English, translation)' }),
  ).toBeVisible();
  const missing = secretary.getByTestId('missing-records');
  await expect(missing.getByRole('listitem')).toHaveCount(6);
  await expect(secretary.getByRole('button', { name: 'Draft from records' })).toHaveCount(0);
  await expect(missing).toContainText(chairZh);

  // Each entry opens the form its value is written in.
  await missing.getByRole('link', { name: 'The chair’s name' }).click();
  const details = secretary.getByRole('form', { name: 'Edit meeting details' });
  await expect(details).toBeVisible();
  await details.getByRole('textbox', { name: 'Chair (English)', exact: true }).fill('Huang Qiang');
  await details.getByLabel('Chair’s title line (English)').fill('Governor of Sichuan Province');
  await details.getByLabel('Purpose (English)').fill('to discuss testing');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details.getByText('Saved.')).toBeVisible();

  await secretary.goto(`/meetings/${meetingId}/release?lang=en`);
  await secretary
    .getByTestId('missing-records')
    .getByRole('link', { name: /^Decision 1: its title/ })
    .click();
  const decisionForm = secretary.getByRole('form', { name: `Edit “${decisionZh}”` });
  await expect(decisionForm).toBeVisible();
  await decisionForm.getByLabel('Title as adopted (English)').fill(decisionEn);
  await decisionForm.getByLabel('What the meeting emphasised (English)').fill('implementation.');
  await decisionForm.getByRole('button', { name: 'Save' }).click();
  // Listed in English now that it has an English title.
  await expect(
    secretary.getByRole('form', { name: `Edit “${decisionEn}”` }).getByText('Saved.'),
  ).toBeVisible();

  await secretary.goto(`/meetings/${meetingId}/release?lang=en`);
  await secretary
    .getByTestId('missing-records')
    .getByRole('link', { name: 'Agenda item 1: what the meeting stressed' })
    .click();
  const itemForm = secretary.getByRole('form', { name: 'Edit “审议若干措施”' });
  await itemForm.getByLabel('What the meeting stressed (English)').fill('the need to advance testing.');
  await itemForm.getByRole('button', { name: 'Save' }).click();
  await expect(itemForm.getByText('Saved.')).toBeVisible();

  // Now the English release drafts, beside the Chinese original it translates.
  await secretary.goto(`/meetings/${meetingId}/release?lang=en`);
  await expect(secretary.getByTestId('missing-records')).toHaveCount(0);
  await secretary.getByRole('button', { name: 'Draft from records' }).click();
  await expect(text).toHaveValue(/^On March 5, Huang Qiang, /);
  await expect(text).toHaveValue(new RegExp(decisionEn));
  const original = secretary.getByTestId('original-beside');
  await expect(original).toContainText('The Chinese original');
  await expect(original).toContainText('Paragraph 1');
  await expect(original.locator('li [lang="zh"]').first()).toContainText('3月5日');
  ids.en = await documentId(secretary);
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');

  // Each is reviewed on its own; the queue names each one's language.
  await reviewer.goto('/review');
  await expect(reviewer.getByText('Press release (Chinese)').first()).toBeVisible();
  await expect(reviewer.getByText('Press release (English)').first()).toBeVisible();
  for (const id of [ids.zh, ids.en]) await approveStep(reviewer, id, 'step 2 of 2');
  for (const id of [ids.zh, ids.en]) await approveStep(leader, id, 'Approved');

  // The translation waits for its original: the page says so, and the server refuses it.
  await leader.goto(`/review/${ids.en}`);
  await expect(leader.getByText('The Chinese original is not published yet')).toBeVisible();
  await publish(leader, ids.en);
  await expect(
    leader.getByText('A translation is published after its original: publish the Chinese release first.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(leader.getByTestId('document-state')).toContainText('Approved');

  await publish(leader, ids.zh);
  await expectPublished(leader);
  await publish(leader, ids.en);
  await expectPublished(leader);

  // The meeting's page shows both releases' states.
  await secretary.goto(`/meetings/${meetingId}`);
  for (const id of [ids.zh, ids.en])
    await expect(secretary.getByTestId(`document-state-${id}`)).toContainText('Published');
});

test('the original published again with a change: its translation is marked stale, showing what changed', async () => {
  test.skip(!ids.en, 'needs the releases of the test before');
  await secretary.goto(`/meetings/${meetingId}/release`);
  const text = secretary.getByLabel('Text', { exact: true });
  const before = await text.inputValue();
  await text.fill(`${before}\n\n会议还强调了测试的重要性。`);
  await secretary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretary.getByText('Saved as revision 2.')).toBeVisible();
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');
  await approveStep(reviewer, ids.zh, 'step 2 of 2');
  await approveStep(leader, ids.zh, 'Approved');
  await publish(leader, ids.zh);
  await expectPublished(leader);

  await secretary.goto(`/meetings/${meetingId}/release?lang=en`);
  const stale = secretary.getByTestId('stale-translation');
  await expect(stale).toContainText('The original has changed since this translation');
  await expect(stale.getByTestId('diff').locator('ins')).toContainText('会议还强调了测试的重要性。');
  // The original beside the editor is the newly published revision, which a save records.
  await expect(secretary.getByTestId('original-beside')).toContainText('As published: revision 2.');
  const translated = secretary.getByLabel('Text', { exact: true });
  await translated.fill(
    `${await translated.inputValue()}\n\nThe meeting also stressed the importance of testing.`,
  );
  await secretary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretary.getByText('Saved as revision 2.')).toBeVisible();
  await secretary.reload();
  await expect(secretary.getByTestId('stale-translation')).toHaveCount(0);
});

test('withdrawing the original offers to withdraw its published translation too', async () => {
  test.skip(!ids.en, 'needs the releases of the test before');
  await leader.goto(`/review/${ids.zh}`);
  const withdraw = leader.getByRole('form', { name: 'Withdraw publication' });
  const alsoTranslation = withdraw.getByLabel('Also withdraw its English translation, for the same reason');
  await expect(alsoTranslation).toBeChecked();
  await withdraw.getByLabel('Reason for withdrawal').fill('Withdrawn in a test.');
  leader.once('dialog', (d) => d.accept());
  await withdraw.getByRole('button', { name: 'Withdraw publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');
  await leader.goto(`/review/${ids.en}`);
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');
});
