import { expect, type Browser, type Page } from '@playwright/test';
import { createMeeting, uniqueName } from './meetings';
import { storageState, type DemoRole } from './roles';

export async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}

export type Release = { meetingId: number; documentId: number; headline: string; chair: string };

/** A new meeting (no decisions) whose release the secretary drafted from the records. */
export async function draftedRelease(
  secretary: Page,
  { sessionNumber = 12, heldOn = '2026-05-14' }: { sessionNumber?: number; heldOn?: string } = {},
): Promise<Release> {
  const chair = uniqueName('Chair');
  const meetingId = await createMeeting(secretary, {
    sessionNumber,
    heldOn,
    chairName: chair,
    chairTitle: '',
    purpose: '',
  });
  await secretary.goto(`/meetings/${meetingId}/release`);
  await secretary.getByRole('button', { name: 'Draft from records' }).click();
  const day = new Date(`${heldOn}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  await expect(secretary.getByLabel('Text', { exact: true })).toHaveValue(new RegExp(`^On ${day}, `));
  const documentId = Number(await secretary.getByTestId('document-state').getAttribute('data-document-id'));
  return {
    meetingId,
    documentId,
    headline: `${chair} Chairs Executive Meeting of the People's Government of Sichuan Province`,
    chair,
  };
}

export async function submit(secretary: Page, release: Release) {
  await secretary.goto(`/meetings/${release.meetingId}/release`);
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review');
}

/** The confidentiality statement's checkbox, on the review step that carries it. */
export const confidentialityStatement = (page: Page) =>
  page.getByRole('checkbox', { name: /I confirm that this revision contains no state secret/ });

/** Ticks the confidentiality statement when the step to approve carries it. */
export async function confirmIfAsked(page: Page) {
  // The approval form is there first (after a client-side navigation too), the statement inside it.
  await expect(page.getByRole('button', { name: 'Approve this step' })).toBeVisible();
  const box = confidentialityStatement(page);
  if (await box.count()) await box.check();
}

export async function approve(page: Page, release: Release, expectState: RegExp | string) {
  await page.goto(`/review/${release.documentId}`);
  await confirmIfAsked(page);
  await page.getByRole('button', { name: 'Approve this step' }).click();
  await expect(page.getByTestId('document-state')).toContainText(expectState);
}

export async function publishNow(leader: Page, release: Release) {
  await leader.goto(`/review/${release.documentId}`);
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');
}

/** Drafted, submitted, approved by the reviewer and the leader: ready to publish. */
export async function approvedRelease(
  browser: Browser,
  meeting?: Parameters<typeof draftedRelease>[1],
): Promise<{ release: Release; secretary: Page; reviewer: Page; leader: Page }> {
  const secretary = await pageAs(browser, 'secretary');
  const reviewer = await pageAs(browser, 'reviewer');
  const leader = await pageAs(browser, 'leader');
  const release = await draftedRelease(secretary, meeting);
  await submit(secretary, release);
  await approve(reviewer, release, 'step 2 of 2');
  await approve(leader, release, 'Approved');
  return { release, secretary, reviewer, leader };
}

/** Replaces the editor's body text and saves. */
export async function editAndSave(secretary: Page, release: Release, body: string, expectRevision: number) {
  await secretary.goto(`/meetings/${release.meetingId}/release`);
  await secretary.getByLabel('Text', { exact: true }).fill(body);
  await secretary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretary.getByText(`Saved as revision ${expectRevision}.`)).toBeVisible();
}
