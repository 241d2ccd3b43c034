import { expect, test } from '@playwright/test';
import {
  approvedRelease,
  confirmIfAsked,
  draftedRelease,
  editAndSave,
  pageAs,
  publishNow,
  submit,
} from './support/workflow';

// Text in review changes only after an explicit recall; the consistency check reads the text apart from
// its headline, and an approver signs a text it warns about only with a recorded reason.

test('a text in review is read-only; the secretary recalls it, after confirming, and the reviewer is told', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const release = await draftedRelease(secretary);
  await submit(secretary, release);

  await secretary.goto(`/meetings/${release.meetingId}/release`);
  await expect(secretary.getByLabel('Text', { exact: true })).toHaveCount(0);
  await expect(secretary.getByRole('article').getByRole('heading', { name: release.headline })).toBeVisible();
  const recall = secretary.getByRole('button', { name: 'Withdraw from review to edit' });

  // Cancelled at the confirmation: nothing happens.
  secretary.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('The approvals given so far lapse');
    void dialog.dismiss();
  });
  await recall.click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');

  secretary.once('dialog', (dialog) => void dialog.accept());
  await recall.click();
  // The page is drawn again as the draft it now is, with its editor.
  await expect(secretary.getByTestId('document-state')).toContainText('Draft');
  await expect(secretary.getByLabel('Text', { exact: true })).toBeVisible();
  await expect(secretary.getByRole('button', { name: 'Withdraw from review to edit' })).toHaveCount(0);

  await reviewer.goto('/review');
  await expect(reviewer.getByRole('link', { name: release.headline })).toHaveCount(0);
  await reviewer.goto('/notifications');
  await expect(
    reviewer.getByRole('link', {
      name: `Li Na (Secretariat) recalled “${release.headline}” from review to change it.`,
    }),
  ).toBeVisible();
});

test('a misspelt chair in the text is caught though the headline is right; a near-miss is signed only with a reason', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const release = await draftedRelease(secretary);
  const drafted = await secretary.getByLabel('Text', { exact: true }).inputValue();
  // One letter off: "Chair abc123" becomes "Chair abc12x".
  const typo = `${release.chair.slice(0, -1)}${release.chair.endsWith('x') ? 'y' : 'x'}`;

  await editAndSave(secretary, release, drafted.replace(release.chair, typo), 2);
  await expect(
    secretary.getByText(`The chair’s name “${release.chair}” is missing from the text.`),
  ).toBeVisible();
  await expect(
    secretary.getByText(
      `“${typo}” in the text is close to the chair’s name “${release.chair}”: is it misspelt?`,
    ),
  ).toBeVisible();
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByText('The release does not agree with the meeting’s records.')).toBeVisible();
  await expect(secretary.getByTestId('document-state')).toContainText('Draft');

  // The name right, and the slip once more further on: a warning, which does not block the submission.
  await editAndSave(secretary, release, `${drafted}\n\n${typo} also spoke.`, 3);
  await expect(secretary.getByRole('heading', { name: 'Please check' })).toBeVisible();
  await submit(secretary, release);

  await reviewer.goto(`/review/${release.documentId}`);
  await expect(reviewer.getByRole('heading', { name: 'Please check' })).toBeVisible();
  const reason = reviewer.getByLabel('Reason for approving despite the check');
  await expect(reason).toHaveAttribute('required', '');
  await reason.fill('The second name is the deputy’s, spelt as he spells it.');
  await confirmIfAsked(reviewer);
  await reviewer.getByRole('button', { name: 'Approve this step' }).click();
  await expect(reviewer.getByTestId('document-state')).toContainText('step 2 of 2');
});

test('a release of a meeting held on another day shows that day, with its year, beside the publication date', async ({
  browser,
}) => {
  const { release, leader } = await approvedRelease(browser);
  await publishNow(leader, release);
  await leader.goto(`/meetings/${release.meetingId}/release`);
  const href = await leader.getByRole('link', { name: 'View the public page' }).getAttribute('href');
  const visitor = await browser.newPage();
  await visitor.goto(href!);
  // Held May 14, 2026 (the journey's meeting), published today: the text's "On May 14" has its year.
  await expect(visitor.getByRole('main')).toContainText(
    /Meeting held May 14, 2026 · Published \w+ \d+, \d{4}/,
  );
  // Every list names the meeting under the headline (one chair's headlines read alike), with its year.
  await visitor.goto('/');
  const listed = visitor.getByRole('article').filter({ hasText: release.headline }).first();
  await expect(listed).toContainText(/12th Executive Meeting · May 14, 2026\s*Published \w+ \d+, \d{4}/);
});
