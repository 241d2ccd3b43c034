import { expect, test } from '@playwright/test';
import { residentIdCheck } from '../domain/personal-data';
import {
  approve,
  confidentialityStatement,
  draftedRelease,
  editAndSave,
  pageAs,
  submit,
} from './support/workflow';

// Before anything goes public: a release pasted with a valid ID number and a mobile number cannot be
// published until each finding is masked or a leader publishes it as it stands with a reason; its first
// review step is the confidentiality review, signed with the statement confirmed.

const ID17 = '51010519800101123';
const ID = ID17 + residentIdCheck(ID17);
const MASKED_ID = `${ID.slice(0, 6)}********${ID.slice(14)}`;

test('a release with personal data is published only once each finding is masked or overridden', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const leader = await pageAs(browser, 'leader');
  const release = await draftedRelease(secretary);
  const drafted = await secretary.getByLabel('Text', { exact: true }).inputValue();
  await editAndSave(
    secretary,
    release,
    `${drafted}\n\nThe award goes to a volunteer, ID ${ID}. Press office: 138 1234 5678.`,
    2,
  );

  // On save: each finding in context, with its place and its standard mask.
  const panel = secretary.getByTestId('personal-data');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  const idFinding = panel.getByRole('listitem').filter({ hasText: 'Resident ID number' });
  await expect(idFinding).toContainText(`a volunteer, ID ${ID}. Press office`);
  await expect(idFinding).toContainText(/Body, line \d+, column \d+/);
  await expect(idFinding).toContainText(`Masked: ${MASKED_ID}`);
  await idFinding.getByRole('button', { name: 'Mask' }).click();
  // A new revision, like a save: the finding is gone and the editor holds the masked text.
  await expect(secretary.getByText(/^Revision 3 by/)).toBeVisible();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(secretary.getByLabel('Text', { exact: true })).toHaveValue(
    new RegExp(`ID ${MASKED_ID.replace(/\*/g, '\\*')}\\.`),
  );

  await submit(secretary, release);
  // The first step carries the confidentiality review: its signer confirms the statement (both languages).
  await reviewer.goto(`/review/${release.documentId}`);
  const chain = reviewer.getByTestId('review-chain');
  await expect(chain.getByRole('listitem').first()).toHaveText(
    'Step 1 · Reviewer · confidentiality review — not signed yet',
  );
  await expect(
    reviewer.getByText('本人确认：本修订稿不含国家秘密、工作秘密，不含依法不得公开的个人信息。'),
  ).toBeVisible();
  await confidentialityStatement(reviewer).check();
  await reviewer.getByRole('button', { name: 'Approve this step' }).click();
  await expect(reviewer.getByTestId('document-state')).toContainText('step 2 of 2');
  await expect(chain.getByRole('listitem').first()).toContainText('confidentiality review — signed by');
  await expect(chain.getByRole('listitem').first()).toContainText('confidentiality statement confirmed');
  await approve(leader, release, 'Approved');

  // Publishing is refused while the mobile number remains.
  await leader.goto(`/review/${release.documentId}`);
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByText(/Publication refused: 1 personal-data finding\(s\) remain/)).toBeVisible();
  await expect(leader.getByTestId('document-state')).toContainText('Approved');

  // The leader publishes it as it stands, with a reason; then publishing goes through.
  const mobile = leader
    .getByTestId('personal-data')
    .getByRole('listitem')
    .filter({ hasText: 'Mobile phone number' });
  await mobile
    .getByLabel('Reason for publishing it as it stands')
    .fill('The press office line, published on purpose.');
  await mobile.getByRole('button', { name: 'Publish as it stands' }).click();
  await expect(mobile).toContainText('Published as it stands by');
  await expect(mobile).toContainText('The press office line, published on purpose.');
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');

  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: release.headline }).click();
  await expect(visitor.locator('.prose-release')).toContainText(`ID ${MASKED_ID}.`);
  await expect(visitor.locator('.prose-release')).not.toContainText(ID);
});
