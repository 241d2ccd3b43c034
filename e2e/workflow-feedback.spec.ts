import { expect, test, type Page } from '@playwright/test';
import { createMeeting, uniqueName } from './support/meetings';
import { approvedRelease, draftedRelease, pageAs, publishNow, type Release } from './support/workflow';

// Submitting asks about unsaved text; each big step says, once its page has redrawn, what it did and what
// comes next; the times shown are the site's, named with its zone.

const ADDED = 'The meeting also heard a report on spring sowing.';

/** The secretary's release page with a sentence typed after the drafted text and not saved. */
async function typeUnsaved(secretary: Page, release: Release) {
  await secretary.goto(`/meetings/${release.meetingId}/release`);
  const body = secretary.getByLabel('Text', { exact: true });
  await body.fill(`${await body.inputValue()}\n\n${ADDED}`);
  // The live preview follows the text as it is typed.
  await expect(secretary.getByRole('region', { name: 'Preview' }).getByText(ADDED)).toBeVisible();
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  const dialog = secretary.getByRole('dialog', { name: 'Submit with unsaved changes?' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('submitting unsaved text: "save and submit" submits the revision just saved, and says what comes next', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  const dialog = await typeUnsaved(secretary, release);
  // The autosave's time is the site's, named with its zone.
  await expect(
    secretary.getByText(/^Draft kept at \d{1,2}:\d{2}:\d{2}\s[AP]M \(Asia\/Shanghai\)\.$/),
  ).toBeVisible();

  await dialog.getByRole('button', { name: 'Save and submit' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review, step 1 of 2');
  await expect(secretary.getByRole('status').filter({ hasText: 'Submitted for review.' })).toContainText(
    'step 1 of 2, waiting for the Reviewer who signs it',
  );
  // The text in review is the one just saved: revision 2, with the added sentence.
  await expect(secretary.getByText(/^Revision 2 by .*\(Asia\/Shanghai\)$/)).toBeVisible();
  await expect(secretary.getByRole('article').getByText(ADDED)).toBeVisible();
});

test('submitting unsaved text: "discard and submit" submits the saved revision; cancelling submits nothing', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  const saved = await secretary.getByTestId('document-state').getAttribute('data-revision-id');
  let dialog = await typeUnsaved(secretary, release);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(secretary.getByTestId('document-state')).toContainText('Draft');
  await expect(secretary.getByLabel('Text', { exact: true })).toHaveValue(new RegExp(`${ADDED}$`));

  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  dialog = secretary.getByRole('dialog', { name: 'Submit with unsaved changes?' });
  await dialog.getByRole('button', { name: 'Discard changes and submit' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');
  await expect(secretary.getByTestId('document-state')).toHaveAttribute('data-revision-id', saved!);
  await expect(secretary.getByRole('article').getByText(ADDED)).toHaveCount(0);
});

test('"save and submit" refused because someone saved first: nothing is submitted and the text stays', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  const other = await secretary.context().newPage();
  await other.goto(`/meetings/${release.meetingId}/release`);

  const dialog = await typeUnsaved(secretary, release);
  const otherBody = other.getByLabel('Text', { exact: true });
  await otherBody.fill(`${await otherBody.inputValue()}\n\nSaved first elsewhere.`);
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Saved as revision 2.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Save and submit' }).click();
  await expect(
    secretary.getByRole('alert').filter({ hasText: 'Someone else saved this document' }),
  ).toBeVisible();
  await secretary.reload();
  await expect(secretary.getByTestId('document-state')).toContainText('Draft');
});

test('after publishing, the page says so and links to the public page; scheduling names the zone', async ({
  browser,
}) => {
  const { release, leader } = await approvedRelease(browser);
  // The final approval says what comes next.
  await expect(
    leader.getByRole('status').filter({ hasText: 'Approved: every review step is signed' }),
  ).toBeVisible();

  await leader.goto(`/review/${release.documentId}`);
  const at = leader.getByLabel('Publish at (Asia/Shanghai)');
  await at.fill('2099-03-08T10:00');
  await leader.getByRole('button', { name: 'Schedule publication' }).click();
  await expect(leader.getByTestId('step-done')).toContainText(
    'Scheduled: it will be published at Mar 8, 2099, 10:00 AM (Asia/Shanghai), in your name.',
  );
  await leader.getByRole('button', { name: 'Unschedule' }).click();
  await expect(leader.getByRole('status').filter({ hasText: 'Taken off the schedule.' })).toBeVisible();

  await publishNow(leader, release);
  const published = leader.getByRole('status').filter({ hasText: 'Published.' });
  await expect(published).toBeVisible();
  await published.getByRole('link', { name: 'Read it on the public site' }).click();
  await expect(leader.getByRole('heading', { level: 1, name: release.headline })).toBeVisible();
});

test('the status message is announced only for a known step in the state it leads to', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  await secretary.goto(`/meetings/${release.meetingId}/release?done=publish`);
  await expect(secretary.getByTestId('document-state')).toContainText('Draft');
  await expect(secretary.getByTestId('step-done')).toHaveCount(0);
  await secretary.goto(`/meetings/${release.meetingId}/release?done=%3Cscript%3E`);
  await expect(secretary.getByTestId('step-done')).toHaveCount(0);
});

test('"Nothing written yet." goes as soon as the editor holds text', async ({ browser }) => {
  const secretary = await pageAs(browser, 'secretary');
  const meetingId = await createMeeting(secretary, {
    sessionNumber: 3,
    heldOn: '2026-06-02',
    chairName: uniqueName('Chair'),
    chairTitle: '',
    purpose: '',
  });
  await secretary.goto(`/meetings/${meetingId}/minutes`);
  await expect(secretary.getByText('Nothing written yet.')).toBeVisible();
  await secretary.getByLabel('Text', { exact: true }).fill('Present: all members.');
  await expect(secretary.getByText('Nothing written yet.')).toHaveCount(0);
});
