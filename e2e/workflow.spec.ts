import { expect, test } from '@playwright/test';
import {
  approve,
  confirmIfAsked,
  approvedRelease,
  draftedRelease,
  editAndSave,
  pageAs,
  publishNow,
  submit,
} from './support/workflow';
import { signedInNewUser } from './support/users';

test('changes requested → fixed → approved → published', async ({ browser }) => {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const leader = await pageAs(browser, 'leader');
  const release = await draftedRelease(secretary);
  await submit(secretary, release);

  await reviewer.goto(`/review/${release.documentId}`);
  const returnForm = reviewer.getByRole('form', { name: 'Request changes' });
  await returnForm.getByLabel('Comment').fill('Add the closing time of the meeting.');
  await returnForm.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByTestId('document-state')).toContainText('Draft');

  // The author is told, with the comment.
  await secretary.goto('/notifications');
  await expect(
    secretary.getByRole('link', { name: new RegExp(`returned “${release.headline}”`) }),
  ).toBeVisible();
  await expect(secretary.getByText('Add the closing time of the meeting.').first()).toBeVisible();

  const body = await (async () => {
    await secretary.goto(`/meetings/${release.meetingId}/release`);
    return secretary.getByLabel('Text', { exact: true }).inputValue();
  })();
  await editAndSave(secretary, release, `${body}\n\nThe meeting closed at 11 a.m.`, 2);
  await submit(secretary, release);
  await approve(reviewer, release, 'step 2 of 2');
  await approve(leader, release, 'Approved');
  await publishNow(leader, release);

  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: release.headline }).click();
  await expect(visitor.locator('.prose-release p').last()).toHaveText('The meeting closed at 11 a.m.');
});

test('four-eyes: whoever wrote the revision cannot approve it', async ({ browser }) => {
  const dual = await signedInNewUser(browser, 'Dual Role', ['Secretary', 'Reviewer']);
  const release = await draftedRelease(dual);
  await submit(dual, release);
  await dual.goto(`/review/${release.documentId}`);
  await confirmIfAsked(dual);
  await dual.getByRole('button', { name: 'Approve this step' }).click();
  await expect(
    dual.getByText('You wrote part of this revision, so someone else must approve it.'),
  ).toBeVisible();
  await expect(dual.getByTestId('document-state')).toContainText('step 1 of 2');
});

test('editing a published release leaves the published text live until the new one is published', async ({
  browser,
}) => {
  const { release, secretary, reviewer, leader } = await approvedRelease(browser);
  await publishNow(leader, release);
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: release.headline }).click();
  await expect(visitor).toHaveURL(/\/releases\/\d{4}\/\d+-/);
  const url = visitor.url();
  const original = await visitor.locator('.prose-release').innerText();

  await secretary.goto(`/meetings/${release.meetingId}/release`);
  const body = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(secretary, release, `${body}\n\nA corrected closing sentence.`, 2);
  await expect(
    secretary.getByText('The published text stays live until a newer revision is approved and published.'),
  ).toBeVisible();

  await visitor.goto(url);
  await expect(visitor.locator('.prose-release')).toHaveText(original);
  await expect(visitor.getByText('A corrected closing sentence.')).toHaveCount(0);

  await submit(secretary, release);
  await approve(reviewer, release, 'step 2 of 2');
  await approve(leader, release, 'Approved');
  // The reviewer saw what changed since the published revision.
  await leader.goto(`/review/${release.documentId}`);
  await expect(leader.getByText('Changes since the published revision (1)')).toBeVisible();
  await expect(leader.getByTestId('diff').locator('ins').first()).toContainText(
    'A corrected closing sentence.',
  );
  leader.once('dialog', (d) => d.accept());
  await leader.getByLabel('Correction note').fill('The closing sentence was corrected.');
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');

  await visitor.goto(url);
  await expect(visitor.getByText('A corrected closing sentence.')).toBeVisible();
  await expect(visitor.getByText(/^Updated: /)).toBeVisible();
  await expect(visitor.getByText('The closing sentence was corrected.')).toBeVisible();
});

test('a leader schedules an approved release and can take it off the schedule', async ({ browser }) => {
  const { release, leader } = await approvedRelease(browser);
  await leader.goto(`/review/${release.documentId}`);
  await leader.getByLabel(/Publish at/).fill('2099-01-01T09:30');
  await leader.getByRole('button', { name: 'Schedule publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Scheduled');
  await expect(leader.getByText(/Scheduled for .*2099.* by Zhang Wei/)).toBeVisible();

  await leader.getByLabel(/Publish at/).waitFor({ state: 'detached' });
  await leader.getByRole('button', { name: 'Unschedule' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Approved');
});

test('a withdrawn release answers 410 with a notice; every record stays', async ({ browser }) => {
  const { release, leader } = await approvedRelease(browser);
  await publishNow(leader, release);
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: release.headline }).click();
  await expect(visitor).toHaveURL(/\/releases\/\d{4}\/\d+-/);
  const url = visitor.url();

  await leader.goto(`/review/${release.documentId}`);
  const form = leader.getByRole('form', { name: 'Withdraw publication' });
  await form.getByLabel('Reason for withdrawal').fill('Published by mistake.');
  leader.once('dialog', (d) => d.accept());
  await form.getByRole('button', { name: 'Withdraw publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');

  const response = await visitor.goto(url);
  expect(response?.status()).toBe(410);
  await expect(visitor.getByRole('heading', { name: 'Release withdrawn' })).toBeVisible();
  await expect(visitor.getByText('Hosted by:')).toBeVisible();
  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name: release.headline })).toHaveCount(0);

  await leader.goto(`/review/${release.documentId}`);
  await expect(leader.getByText('Published by mistake.')).toBeVisible();
});

test('restoring an old revision makes a new draft revision with its text', async ({ browser }) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  const original = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(secretary, release, 'A wholly different text.', 2);

  await secretary.getByRole('link', { name: 'Compare with the current revision' }).click();
  await expect(
    secretary.getByRole('heading', { name: 'Changes from revision 1 to revision 2' }),
  ).toBeVisible();
  const added = (await secretary.getByTestId('diff').locator('ins').allInnerTexts()).join('');
  expect(added).toContain('wholly');

  await secretary.goto(`/meetings/${release.meetingId}/release`);
  secretary.once('dialog', (d) => d.accept());
  await secretary.getByRole('button', { name: 'Restore this revision' }).click();
  await expect(secretary.getByText('Restored as revision 3.')).toBeVisible();
  await expect(secretary.getByLabel('Text', { exact: true })).toHaveValue(original);
  await expect(secretary.getByText(/Revision 3 · restored/)).toBeVisible();
});
