import { expect, test } from '@playwright/test';
import { readSeedRelease } from '../test/support/seed-release';
import { createMeeting, SEED_CHAIR_TITLE } from './support/meetings';
import { approve, pageAs, publishNow, submit, type Release } from './support/workflow';

const seed = readSeedRelease();
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the seed release pasted into the workspace, approved and published, reads on its public page as the province’s', async ({
  browser,
}) => {
  const secretary = await pageAs(browser, 'secretary');
  const meetingId = await createMeeting(secretary, {
    sessionNumber: 25,
    heldOn: '2024-02-23',
    chairName: 'Huang Qiang',
    chairTitle: SEED_CHAIR_TITLE,
    purpose: '',
  });
  await secretary.goto(`/meetings/${meetingId}/release`);
  await secretary.getByLabel('Headline').fill(seed.headline);
  await secretary.getByLabel('Text', { exact: true }).fill(seed.paragraphs.join('\n\n'));
  await secretary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(secretary.getByText('Saved as revision 1.')).toBeVisible();
  const documentId = Number(await secretary.getByTestId('document-state').getAttribute('data-document-id'));
  const release: Release = { meetingId, documentId, headline: seed.headline, chair: 'Huang Qiang' };

  await submit(secretary, release);
  await approve(await pageAs(browser, 'reviewer'), release, 'step 2 of 2');
  const leader = await pageAs(browser, 'leader');
  await approve(leader, release, 'Approved');
  await publishNow(leader, release);

  await secretary.goto(`/meetings/${meetingId}/release`);
  const href = await secretary.getByRole('link', { name: 'View the public page' }).getAttribute('href');
  const visitor = await browser.newPage();
  await visitor.goto(href!);

  // The page's visible text, in order: section name, headline, every paragraph, the footer lines.
  const visible = normalise(await visitor.locator('body').innerText());
  const expected = [seed.section, seed.headline, ...seed.paragraphs, ...seed.footer].map(normalise);
  let from = 0;
  for (const part of expected) {
    const at = visible.indexOf(part, from);
    expect(at, `“${part.slice(0, 60)}…” in order`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
  const paragraphs = (await visitor.locator('.prose-release p').allInnerTexts()).map(normalise);
  expect(paragraphs).toEqual(seed.paragraphs.map(normalise));
  const footer = (await visitor.getByRole('contentinfo').locator('p').allInnerTexts()).map(normalise);
  expect(footer).toEqual(seed.footer.map(normalise));
});
