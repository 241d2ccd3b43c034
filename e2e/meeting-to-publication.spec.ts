import { expect, test, type Browser } from '@playwright/test';
import { addAgendaItem, addDecision, createMeeting, SEED_CHAIR_TITLE, uniqueName } from './support/meetings';
import { storageState, type DemoRole } from './support/roles';
import { confirmIfAsked } from './support/workflow';

async function pageAs(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}

test('a secretary records a meeting and drafts its release; a reviewer and a leader approve; the public reads it', async ({
  browser,
}) => {
  const chair = uniqueName('Chair');
  const headline = `${chair} Chairs Executive Meeting of the People's Government of Sichuan Province`;
  const policy = uniqueName('Measures for Test Policy');
  const notice = uniqueName('Notice on Test Matters');

  // The secretary records the meeting, its agenda and decisions.
  const secretary = await pageAs(browser, 'secretary');
  const meetingId = await createMeeting(secretary, {
    sessionNumber: 7,
    heldOn: '2026-03-05',
    chairName: chair,
    chairTitle: SEED_CHAIR_TITLE,
    purpose: 'to study the work of the spring season.',
  });
  await addAgendaItem(secretary, {
    kind: 'Study and deploy work',
    title: 'Spring work',
    stressed: 'the necessity to do the spring work well.',
  });
  await addDecision(secretary, {
    title: policy,
    kind: 'Measures',
    emphasis: 'the measures must be carried out at once.',
  });
  await addDecision(secretary, { title: notice, kind: 'Notice' });

  // Drafts the release from the records, edits it and submits it.
  await secretary.goto(`/meetings/${meetingId}/release`);
  await secretary.getByRole('button', { name: 'Draft from records' }).click();
  const body = secretary.getByLabel('Text', { exact: true });
  await expect(body).toHaveValue(/^On March 5, /);
  await expect(body).toHaveValue(new RegExp(`presided over the 7th Executive Meeting`));
  await expect(secretary.getByLabel('Headline')).toHaveValue(headline);
  const drafted = await body.inputValue();
  expect(drafted).toContain(policy);
  expect(drafted).toContain(notice);
  await body.fill(`${drafted}\n\nThe meeting closed at noon.`);
  await secretary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretary.getByText('Saved as revision 2.')).toBeVisible();
  await expect(secretary.getByText('The release agrees with the records.')).toBeVisible();
  await secretary.getByRole('button', { name: 'Submit for review' }).click();
  await expect(secretary.getByTestId('document-state')).toContainText('In review, step 1 of 2 (Reviewer)');

  // The reviewer signs the first step from the queue.
  const reviewer = await pageAs(browser, 'reviewer');
  await reviewer.goto('/review');
  await reviewer.getByRole('link', { name: headline }).click();
  await confirmIfAsked(reviewer);
  await reviewer.getByRole('button', { name: 'Approve this step' }).click();
  await expect(reviewer.getByTestId('document-state')).toContainText('In review, step 2 of 2 (Leader)');

  // The leader finds it in the queue, approves and publishes.
  const leader = await pageAs(browser, 'leader');
  await leader.goto('/meetings');
  await expect(leader.getByRole('link', { name: /Review queue \(\d+\)/ })).toBeVisible();
  await leader.goto('/review');
  await leader.getByRole('link', { name: headline }).click();
  await leader.getByRole('button', { name: 'Approve this step' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Approved');
  leader.once('dialog', (dialog) => dialog.accept());
  await leader.getByRole('button', { name: 'Publish now' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Published');

  // A signed-out visitor reads it on the home page and on its own page.
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: headline }).click();
  await expect(visitor).toHaveURL(/\/releases\/\d{4}\/\d+-/);
  await expect(visitor.getByRole('banner').getByRole('link', { name: 'Open Governance' })).toBeVisible();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(headline);
  // Under the headline (related releases beside it show their own dates).
  await expect(visitor.getByRole('article').getByText(/^Published \w+ \d+, \d{4}$/)).toBeVisible();
  const paragraphs = visitor.locator('.prose-release p');
  await expect(paragraphs.first()).toHaveText(/^On March 5, /);
  await expect(paragraphs.last()).toHaveText('The meeting closed at noon.');
  await expect(
    visitor.getByText(`Hosted by: General Office of the People's Government of Sichuan Province`),
  ).toBeVisible();
});
