import { expect, test } from '@playwright/test';
import { actionId, callFormAction } from './support/server-actions';
import { signedInNewUser } from './support/users';
import { approvedRelease, draftedRelease, pageAs } from './support/workflow';

test('20 simultaneous publish requests publish once, with one transition and one audit event', async ({
  browser,
}) => {
  const { release, leader } = await approvedRelease(browser);
  const publish = actionId('actions/publish-document.ts', 'publishDocument');
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      callFormAction(leader.request, `/review/${release.documentId}`, publish, {
        documentId: String(release.documentId),
      }),
    ),
  );
  // A publication answers by sending the leader to the page that announces it.
  const published = results.filter((r) => r.headers['x-action-redirect']?.includes('done=publish'));
  const refused = results.filter((r) =>
    r.text.includes('Only a fully approved revision can be published or scheduled.'),
  );
  expect(published).toHaveLength(1);
  expect(refused).toHaveLength(19);

  await leader.goto(`/review/${release.documentId}`);
  await expect(leader.getByTestId('document-state')).toContainText('Published');
  await expect(
    leader.getByRole('region', { name: 'History' }).getByText('Published', { exact: true }),
  ).toHaveCount(1);

  const admin = await pageAs(browser, 'admin');
  await admin.goto(`/admin/audit?documentId=${release.documentId}&action=document.publish`);
  await expect(admin.getByRole('cell', { name: 'document.publish', exact: true })).toHaveCount(1);
});

test('two editors save from the same revision: one save, one clear refusal, both texts kept', async ({
  browser,
}) => {
  const first = await pageAs(browser, 'secretary');
  const release = await draftedRelease(first);
  const second = await signedInNewUser(browser, 'Second Secretary', ['Secretary']);

  await second.goto(`/meetings/${release.meetingId}/release`);
  await expect(second.getByText(/Being edited by Li Na \(Secretariat\) since/)).toBeVisible();
  await first.getByLabel('Text', { exact: true }).fill('The first editor’s text.');
  await second.getByLabel('Text', { exact: true }).fill('The second editor’s text.');

  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByText('Saved as revision 2.')).toBeVisible();
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByText(/Someone else saved this document after you opened it/)).toBeVisible();
  await expect(second.getByLabel('Text', { exact: true })).toHaveValue('The second editor’s text.');

  // The refused text is also kept on the server, and offered back when the second editor returns.
  await expect(second.getByText(/^Draft kept at /)).toBeVisible();
  await second.goto(`/meetings/${release.meetingId}/release`);
  await expect(second.getByText(/You have unsaved text from/)).toBeVisible();
  await expect(second.getByLabel('Text', { exact: true })).toHaveValue('The second editor’s text.');
  await first.reload();
  await expect(first.getByLabel('Text', { exact: true })).toHaveValue('The first editor’s text.');
});

test('autosave: text typed and never saved is offered back after the page is closed', async ({ browser }) => {
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);
  await secretary.getByLabel('Text', { exact: true }).fill('Typed, never saved.');
  await expect(secretary.getByText(/^Draft kept at /)).toBeVisible();
  await secretary.close();

  const again = await secretary.context().newPage();
  await again.goto(`/meetings/${release.meetingId}/release`);
  await expect(again.getByText(/You have unsaved text from/)).toBeVisible();
  await expect(again.getByLabel('Text', { exact: true })).toHaveValue('Typed, never saved.');
});
