import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  anonymousContext,
  callAction,
  createAccount,
  demoAdmin,
  documentInfo,
  signedInContext,
} from './support/hostile-client';
import { createMeeting, uniqueName } from './support/meetings';
import type { FormFields } from './support/server-actions';
import { pageAs } from './support/workflow';

// The minutes from their records to the units: the secretary records an outcome, an assignment and the
// distribution, drafts the minutes and submits them; the leader signs and issues them under a number; the
// demo unit's liaison finds them in the inbox, reads them and their PDF (opening them is recorded for the
// secretariat); a liaison of a unit not on the list reads nothing, the public nothing; a draft's PDF is
// marked on every page.

test.describe.configure({ mode: 'serial' });

const token = uniqueName('').trim();
const itemZh = `关于${token}的实施方案`;
const taskZh = `抓紧制定${token}配套办法`;
const ECONOMY = 'the Provincial Department of Economy and Information Technology';
const FINANCE = 'the Provincial Department of Finance';
const ASSIGNMENT = `请省经济和信息化厅牵头，省财政厅配合，${taskZh}，于2026年6月30日前完成。`;

let secretary: Page;
let meetingId: number;
let minutesId: number;

const squeezed = (text: string) => text.replace(/\s+/g, '');

async function pdfPages(ctx: APIRequestContext, path: string): Promise<string[]> {
  const response = await ctx.get(path);
  expect(response.status(), `${path}: ${response.status()}`).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['cache-control']).toContain('no-store');
  const pdf = await getDocumentProxy(new Uint8Array(await response.body()));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map(squeezed);
}

const must = async (ctx: APIRequestContext, key: string, fields: FormFields) => {
  const outcome = await callAction(ctx, key, fields);
  expect(outcome.succeeded, `${key}: ${outcome.state?.message ?? outcome.text.slice(0, 300)}`).toBe(true);
  return outcome;
};

/** A unit's id as the records page's forms offer it. */
const unitIdOf = async (page: Page, name: string) =>
  (await page.locator('select[name="leadUnitId"] option', { hasText: name }).first().getAttribute('value'))!;

test.beforeAll(async ({ browser }) => {
  secretary = await pageAs(browser, 'secretary');
});

test.afterAll(async () => {
  await secretary.context().close();
});

test('the secretary drafts the minutes from their records and submits them', async () => {
  meetingId = await createMeeting(secretary, {
    body: 'demo',
    sessionNumber: 28,
    heldOn: '2026-05-20',
    chairName: '',
    chairTitle: '',
    purpose: '',
    chairNameZh: '黄强',
    chairTitleZh: '省长',
    purposeZh: '研究部署有关工作',
  });
  const added = await must(secretary.request, 'actions/add-agenda-item.ts#addAgendaItem', {
    meetingId: String(meetingId),
    kind: 'deliberate_document',
    titleZh: itemZh,
  });
  const agendaItemId = String((added.state as { data: { id: number } }).data.id);
  await secretary.goto(`/meetings/${meetingId}/minutes/records`);
  const economy = await unitIdOf(secretary, ECONOMY);
  const finance = await unitIdOf(secretary, FINANCE);
  await must(secretary.request, 'actions/record-item-outcome.ts#recordItemOutcome', {
    meetingId: String(meetingId),
    agendaItemId,
    deliberationZh: '会议审议了实施方案',
    conclusion: 'agreed',
  });
  await must(secretary.request, 'actions/add-assignment.ts#addAssignment', {
    meetingId: String(meetingId),
    agendaItemId,
    taskZh,
    leadUnitId: economy,
    'coUnitIds[]': finance,
    deadline: '2026-06-30',
  });
  await must(secretary.request, 'actions/set-minutes-distribution.ts#setMinutesDistribution', {
    meetingId: String(meetingId),
    classification: 'internal',
    'unitId[]': economy,
    'kind[]': 'main',
  });

  await secretary.goto(`/meetings/${meetingId}/minutes`);
  await secretary.getByRole('button', { name: 'Draft from records' }).click();
  await expect(secretary.getByRole('textbox', { name: 'Text' })).toHaveValue(new RegExp(ASSIGNMENT));
  await expect(secretary.getByRole('textbox', { name: 'Title' })).toHaveValue('省政府第28次常务会议纪要');
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');
  minutesId = (await documentInfo(secretary.request, meetingId, 'minutes')).documentId;
});

test('the leader signs and issues them; they take the next number of the year', async ({ browser }) => {
  const leader = await pageAs(browser, 'leader');
  await leader.goto(`/review/${minutesId}`);
  await leader.getByRole('button', { name: 'Approve this step' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Approved');
  leader.once('dialog', (dialog) => dialog.accept());
  await leader.getByRole('button', { name: 'Issue now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');
  await expect(leader.getByTestId('step-done')).toContainText('Issued under their number');
  await leader.context().close();

  await secretary.goto(`/meetings/${meetingId}/minutes`);
  await expect(secretary.getByRole('heading', { name: /^Number 〔2026〕\d+号$/ })).toBeVisible();
  await expect(secretary.getByText('No unit has opened them yet.')).toBeVisible();
});

test('the demo unit’s liaison finds them, reads them and their PDF, and the secretariat sees it', async ({
  browser,
}) => {
  const liaison = await pageAs(browser, 'liaison');
  await liaison.goto('/received');
  const entry = liaison.getByRole('listitem').filter({ hasText: '省政府第28次常务会议纪要' });
  await expect(entry).toContainText('Addressed to your unit');
  await expect(entry).toContainText('Not opened yet');
  await entry.getByRole('link', { name: '省政府第28次常务会议纪要' }).click();
  await expect(liaison.getByRole('heading', { level: 1 })).toHaveText('省政府第28次常务会议纪要');
  await expect(liaison.getByText(/^〔2026〕\d+号$/)).toBeVisible();
  await expect(liaison.getByText(ASSIGNMENT)).toBeVisible();
  // Read only: nothing to edit, and the meeting's own pages stay closed.
  await expect(liaison.getByRole('textbox')).toHaveCount(0);
  const meetingPage = await liaison.request.get(`/meetings/${meetingId}/minutes`);
  const shown =
    meetingPage.status() === 200 && new URL(meetingPage.url()).pathname === `/meetings/${meetingId}/minutes`;
  expect(shown, 'the meeting’s minutes page, to a liaison').toBe(false);
  expect(await meetingPage.text()).not.toContain(taskZh);

  const pages = await pdfPages(liaison.request, `/api/documents/${minutesId}/pdf`);
  const all = pages.join('');
  expect(all).toContain('省政府第28次常务会议纪要');
  expect(all).toMatch(/〔2026〕\d+号/);
  expect(all).toContain(squeezed(ASSIGNMENT));
  expect(all).not.toContain('草稿');
  await liaison.context().close();

  await secretary.goto(`/meetings/${meetingId}/minutes`);
  await expect(
    secretary.getByText(
      /Zhao Min \(Unit liaison\) \(省经济和信息化厅|Zhao Min \(Unit liaison\) \(the Provincial/,
    ),
  ).toBeVisible();
});

test('a liaison of a unit not on the list, and the public, read nothing of them', async () => {
  const admin = await demoAdmin();
  const other = await createAccount(admin, 'unit_liaison');
  await secretary.goto(`/meetings/${meetingId}/minutes/records`);
  await must(admin, 'actions/set-user-unit.ts#setUserUnit', {
    userId: String(other.id),
    unitId: await unitIdOf(secretary, FINANCE),
  });
  const outsider = await signedInContext(other.username, other.password);
  expect((await outsider.get(`/api/documents/${minutesId}/pdf`)).status()).toBe(403);
  const page = await outsider.get(`/received/${minutesId}`);
  expect(await page.text()).not.toContain(taskZh);
  expect(await (await outsider.get('/received')).text()).not.toContain('省政府第28次常务会议纪要');

  const visitor = await anonymousContext();
  expect((await visitor.get(`/api/documents/${minutesId}/pdf`)).status()).toBe(401);
  for (const path of [
    `/received/${minutesId}`,
    `/search?q=${encodeURIComponent(token)}`,
    '/feed.xml',
    '/zh/feed.xml',
  ]) {
    expect(await (await visitor.get(path)).text(), path).not.toContain(taskZh);
  }
});

test('a draft’s PDF says so on every page; the issued one is still the one units read', async () => {
  const current = await documentInfo(secretary.request, meetingId, 'minutes');
  await secretary.goto(`/meetings/${meetingId}/minutes`);
  const issuedText = await secretary.getByRole('textbox', { name: 'Text' }).inputValue();
  // A long correction: several pages.
  const longer = `${issuedText}\n\n${Array.from({ length: 40 }, (_, i) => `补充说明第${i + 1}条：${taskZh}的有关要求。`).join('\n\n')}`;
  await must(secretary.request, 'actions/save-revision.ts#saveRevision', {
    documentId: String(minutesId),
    baseRevisionId: String(current.revisionId),
    headline: '省政府第28次常务会议纪要',
    body: longer,
  });
  const draft = await documentInfo(secretary.request, meetingId, 'minutes');
  const pages = await pdfPages(
    secretary.request,
    `/api/documents/${minutesId}/pdf?revision=${draft.revisionId}`,
  );
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain('草稿');
  expect(pages.join('')).not.toMatch(/〔2026〕\d+号/);

  const issued = await pdfPages(secretary.request, `/api/documents/${minutesId}/pdf`);
  expect(issued.join('')).not.toContain('草稿');
  expect(issued.join('')).not.toContain('补充说明第1条');
});
