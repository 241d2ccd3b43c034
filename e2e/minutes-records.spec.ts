import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { callAction, documentInfo } from './support/hostile-client';
import { addAgendaItem, createMeeting, uniqueName } from './support/meetings';
import { pageAs } from './support/workflow';

// The secretariat keeps the minutes' records of a meeting of the demo's body (Chinese first; the seed gave
// it units and people): who attended, an absence with its reason, an item's conclusion, an assignment with
// two co-operating units and a deadline, and the distribution. They stay after a reload, and "Draft from
// records" writes them into the minutes in the body's language.

test.describe.configure({ mode: 'serial' });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const token = uniqueName('').trim();
const itemZh = `关于${token}的实施方案`;
const taskZh = `抓紧制定${token}实施细则`;
const ECONOMY = 'the Provincial Department of Economy and Information Technology';
const DEVELOPMENT = 'the Provincial Development and Reform Commission';
const FINANCE = 'the Provincial Department of Finance';
const GENERAL_OFFICE = 'the General Office of the Provincial Government';

let secretary: Page;
let meetingId: number;

const recordsPath = () => `/meetings/${meetingId}/minutes/records`;

test.beforeAll(async ({ browser }) => {
  secretary = await pageAs(browser, 'secretary');
  meetingId = await createMeeting(secretary, {
    body: 'demo',
    sessionNumber: 27,
    heldOn: '2026-03-12',
    chairName: '',
    chairTitle: '',
    purpose: '',
    chairNameZh: '黄强',
    chairTitleZh: '省委副书记、省长',
    purposeZh: '研究部署有关工作',
  });
  await addAgendaItem(secretary, { kind: 'Deliberate a document', titleZh: itemZh });
});

test.afterAll(async () => {
  await secretary.context().close();
});

async function addPerson(page: Page, person: string, role: string, reasonZh?: string) {
  const form = page.getByRole('form', { name: 'Add a person from the body’s list' });
  if (!(await form.isVisible())) await page.getByText('Add a person from the body’s list').click();
  await form.getByLabel('Person').selectOption({ label: person });
  await form.getByLabel('Took part as').selectOption({ label: role });
  if (reasonZh) await form.getByLabel('Reason for the absence (Chinese)').fill(reasonZh);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form.getByText('Added to the attendance.')).toBeVisible();
}

test('the secretary records attendance, an outcome, an assignment and the distribution, which stay', async () => {
  await secretary.goto(`/meetings/${meetingId}/minutes`);
  await secretary.getByRole('link', { name: 'Record attendance, conclusions and assignments' }).click();
  await expect(secretary).toHaveURL(recordsPath());
  await expect(
    secretary
      .getByRole('navigation', { name: 'Meeting pages' })
      .getByRole('link', { name: 'Minutes records' }),
  ).toHaveAttribute('aria-current', 'page');

  await addPerson(secretary, 'Huang Qiang · Governor', 'Present');
  // The reason is asked only of an absence.
  const personForm = secretary.getByRole('form', { name: 'Add a person from the body’s list' });
  await expect(personForm.getByLabel('Reason for the absence (Chinese)')).toBeHidden();
  await addPerson(secretary, 'Wang Ming (demo) · Vice Governor', 'Absent', '因公出差');

  // A guest, then removed again after the confirmation.
  await secretary.getByText('Add a guest', { exact: true }).click();
  const guestForm = secretary.getByRole('form', { name: 'Add a guest' });
  await guestForm.getByLabel('Name (Chinese)').fill(`来宾${token}`);
  await guestForm.getByLabel('Unit').selectOption({ label: GENERAL_OFFICE });
  await guestForm.getByLabel('Took part as').selectOption({ label: 'Attending without a vote' });
  await guestForm.getByRole('button', { name: 'Add', exact: true }).click();
  const nonVoting = secretary.getByRole('list', { name: 'Attending without a vote' });
  await expect(nonVoting).toContainText(`来宾${token}`);
  secretary.once('dialog', (dialog) => dialog.accept());
  await secretary
    .getByRole('form', { name: `Remove: 来宾${token}` })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(secretary.getByText(`来宾${token}`)).toHaveCount(0);

  const outcome = secretary.getByRole('form', { name: `Outcome of “${itemZh}”` });
  await outcome.getByLabel('What was heard or deliberated (Chinese)').fill('会议审议了实施方案');
  await outcome.getByLabel('Conclusion').selectOption({ label: 'Agreed' });
  await outcome.getByRole('button', { name: 'Save the outcome' }).click();
  await expect(outcome.getByText('Outcome saved.')).toBeVisible();

  await secretary.locator('summary', { hasText: 'Add an assignment' }).click();
  const assignment = secretary.getByRole('form', { name: `Add an assignment to “${itemZh}”` });
  await assignment.getByLabel('Task (Chinese)').fill(taskZh);
  await assignment.getByLabel('Lead unit').selectOption({ label: ECONOMY });
  await assignment.getByRole('checkbox', { name: DEVELOPMENT }).check();
  await assignment.getByRole('checkbox', { name: FINANCE }).check();
  await assignment.getByLabel('Deadline').fill('2026-04-30');
  await assignment.getByRole('button', { name: 'Add an assignment' }).click();
  await expect(assignment.getByText('Assignment added.')).toBeVisible();

  const distribution = secretary.getByRole('form', { name: 'Distribution' });
  await distribution.getByLabel(GENERAL_OFFICE).selectOption({ label: 'Main recipient' });
  await distribution.getByLabel(ECONOMY).selectOption({ label: 'Copy' });
  await distribution.getByLabel('Classification').selectOption({ label: 'Restricted' });
  await distribution.getByRole('button', { name: 'Save the distribution' }).click();
  await expect(distribution.getByText('Distribution saved.')).toBeVisible();

  await secretary.reload();
  await expect(secretary.getByRole('list', { name: 'Present' })).toContainText('Huang Qiang');
  const absent = secretary.getByRole('list', { name: 'Absent' });
  await expect(absent).toContainText('Wang Ming (demo)');
  await expect(absent).toContainText('Absent: 因公出差');
  const saved = secretary.getByRole('form', { name: `Outcome of “${itemZh}”` });
  await expect(saved.getByLabel('What was heard or deliberated (Chinese)')).toHaveValue('会议审议了实施方案');
  await expect(saved.getByLabel('Conclusion')).toHaveValue('agreed');
  const row = secretary
    .getByRole('list', { name: `Assignments on “${itemZh}”` })
    .getByRole('listitem')
    .filter({ hasText: taskZh });
  await expect(row).toContainText(`Lead: ${ECONOMY}`);
  await expect(row).toContainText(`Co-operating: ${DEVELOPMENT}, ${FINANCE}`);
  await expect(row).toContainText('By April 30, 2026');
  const savedDistribution = secretary.getByRole('form', { name: 'Distribution' });
  await expect(savedDistribution.getByLabel(GENERAL_OFFICE)).toHaveValue('main');
  await expect(savedDistribution.getByLabel(ECONOMY)).toHaveValue('cc');
  await expect(savedDistribution.getByLabel(FINANCE)).toHaveValue('none');
  await expect(savedDistribution.getByLabel('Classification')).toHaveValue('restricted');
});

test('"Draft from records" writes the records into the minutes, in Chinese for the demo body', async () => {
  // The minutes' editor offers the button in its own work; the drafting itself is the data layer's.
  const minutes = await documentInfo(secretary.request, meetingId, 'minutes');
  const drafted = await callAction(
    secretary.request,
    'actions/draft-release-from-records.ts#draftReleaseFromRecords',
    { documentId: String(minutes.documentId), baseRevisionId: '' },
  );
  expect(drafted.succeeded, drafted.text.slice(0, 300)).toBe(true);
  await secretary.goto(`/meetings/${meetingId}/minutes`);
  const text = await secretary.getByRole('textbox', { name: 'Text' }).inputValue();
  expect(text).toContain(
    `请省经济和信息化厅牵头，省发展改革委、省财政厅配合，${taskZh}，于2026年4月30日前完成。`,
  );
  expect(text).toMatch(/\*\*出席：\*\* 黄强（省长）/);
  expect(text).toContain('王明（演示）（副省长），因公出差');
  expect(text).toContain('会议审议了实施方案。会议同意。');
  expect(text).toMatch(/\*\*主送：\*\* 省政府办公厅/);
  expect(text).toMatch(/\*\*抄送：\*\* 省经济和信息化厅/);
});

test('a reviewer reads the records without the forms', async ({ browser }) => {
  const reviewer = await pageAs(browser, 'reviewer');
  await reviewer.goto(recordsPath());
  await expect(reviewer.getByRole('list', { name: 'Present' })).toContainText('Huang Qiang');
  await expect(reviewer.getByText('Conclusion: Agreed')).toBeVisible();
  await expect(reviewer.getByText(`Main recipients: ${GENERAL_OFFICE}`)).toBeVisible();
  await expect(reviewer.getByText('Classification: Restricted')).toBeVisible();
  await expect(reviewer.getByText('Add a guest')).toHaveCount(0);
  await expect(reviewer.getByRole('button', { name: 'Save the outcome' })).toHaveCount(0);
  await expect(reviewer.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await reviewer.context().close();
});

for (const width of [1280, 390]) {
  test(`the records page has no WCAG 2.2 A/AA violations at ${width} px`, async () => {
    await secretary.setViewportSize({ width, height: 900 });
    await secretary.goto(recordsPath());
    // Every form open, so that its fields are checked too.
    for (const summary of await secretary.locator('details > summary').all()) await summary.click();
    await secretary
      .getByRole('form', { name: 'Add a person from the body’s list' })
      .getByLabel('Took part as')
      .selectOption({ label: 'Absent' });
    const { violations } = await new AxeBuilder({ page: secretary }).withTags(WCAG).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
