import { expect, test } from '@playwright/test';
import { createMeeting, uniqueName } from './support/meetings';
import { demoUser, storageState } from './support/roles';
import { actionId, callFormAction } from './support/server-actions';

test('a signed-out visitor of a workspace page is sent to sign in, then brought back', async ({ page }) => {
  await page.goto('/meetings/new');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmeetings%2Fnew$/);
  const user = demoUser('secretary');
  await page.getByLabel('User name').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expect(page.getByRole('heading', { name: 'New meeting' })).toBeVisible();
});

test('a wrong password is refused with one message for every cause', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('User name').fill('secretary');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText('The user name or password is not right, or the account is disabled.'),
  ).toBeVisible();
  await page.getByLabel('User name').fill('nobody-by-this-name');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByText('The user name or password is not right, or the account is disabled.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('a forged session cookie gets past the proxy but not the server action', async ({ request }) => {
  const result = await callFormAction(
    request,
    '/meetings/new',
    actionId('actions/create-meeting.ts', 'createMeeting'),
    {
      bodyId: '1',
      sessionNumber: '99',
      heldOn: '2026-01-01',
      chairName: 'Anonymous Intruder',
      status: 'held',
    },
    { Cookie: 'authjs.session-token=forged' },
  );
  expect(result.status).toBe(200);
  expect(result.text).toContain('You do not have permission to do that.');
  const home = await request.get('/');
  expect(await home.text()).not.toContain('Anonymous Intruder');
});

test.describe('as a secretary', () => {
  test.use({ storageState: storageState('secretary') });

  test('the server refuses the approve action when a secretary calls it directly', async ({ page }) => {
    const meetingId = await createMeeting(page, {
      sessionNumber: 3,
      heldOn: '2026-04-02',
      chairName: uniqueName('Chair'),
      chairTitle: '',
      purpose: '',
    });
    await page.goto(`/meetings/${meetingId}/release`);
    await page.getByRole('button', { name: 'Draft from records' }).click();
    await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/^On April 2, /);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByTestId('document-state')).toContainText('In review, step 1 of 2');

    // No approve button is shown to a secretary: call the action itself, as a hostile client would.
    const state = page.getByTestId('document-state');
    const documentId = await state.getAttribute('data-document-id');
    const revisionId = await state.getAttribute('data-revision-id');
    const result = await callFormAction(
      page.request,
      `/review/${documentId}`,
      actionId('actions/approve-step.ts', 'approveStep'),
      {
        documentId: documentId!,
        revisionId: revisionId!,
      },
    );
    expect(result.status).toBe(200);
    expect(result.text).toContain('Only a user with the Reviewer role may do this at this step.');

    // Nothing changed.
    await page.reload();
    await expect(page.getByTestId('document-state')).toContainText('In review, step 1 of 2');
  });
});

test('server actions refuse a foreign Origin and a missing one', async ({ request }) => {
  const id = actionId('actions/create-meeting.ts', 'createMeeting');
  const fields = {
    bodyId: '1',
    sessionNumber: '98',
    heldOn: '2026-01-01',
    chairName: 'Cross Site',
    status: 'held',
  };
  const foreign = await callFormAction(request, '/login', id, fields, { Origin: 'https://attacker.example' });
  expect(foreign.status).toBe(403);
  const none = await callFormAction(request, '/login', id, fields, { Origin: '' });
  expect(none.status).toBe(403);
  expect(await (await request.get('/')).text()).not.toContain('Cross Site');
});
