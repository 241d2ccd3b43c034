import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { publicFilePath } from '../domain/attachments';
import { sampleHtml, samplePdf, samplePng } from '../test/fixtures/attachment-samples';
import { approve, draftedRelease, pageAs, publishNow, submit } from './support/workflow';

// One journey through files attached to a release: the secretary attaches a PDF and an image (its
// alternative text required) and is refused an HTML page named ".pdf"; once published, the public page
// lists both and each is served with the headers that keep a file from acting as a page of the site; a
// newer draft's file is unknown to the public, and after withdrawal the published files are gone (410).

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, altText = '') {
  const form = page.getByRole('form', { name: 'Attach' });
  await form.getByLabel('File').setInputFiles(file);
  await form.getByLabel('Alternative text (for an image)').fill(altText);
  await form.getByRole('button', { name: 'Attach' }).click();
  return form;
}

test('a release with a PDF and an image: attached, refused, published, served, withdrawn', async ({
  browser,
  request,
}) => {
  // About 20 s on a quiet machine; a loaded one needs the margin.
  test.setTimeout(120_000);
  const secretary = await pageAs(browser, 'secretary');
  const release = await draftedRelease(secretary);

  const pdf = samplePdf('Annex to the release');
  const png = samplePng();
  const pdfName = '附件1 Annex.pdf';
  let form = await attach(secretary, {
    name: pdfName,
    mimeType: 'application/pdf',
    buffer: Buffer.from(pdf),
  });
  await expect(form.getByRole('status')).toContainText(`“${pdfName}” attached: revision 2 saved.`);

  form = await attach(secretary, {
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(sampleHtml()),
  });
  await expect(form.locator('[data-form-message="error"]')).toHaveText(
    'This file is not a PDF, DOCX, XLSX, OFD, PNG, JPEG, GIF or WebP file: its content decides, not its name.',
  );
  form = await attach(secretary, { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(form.locator('[data-form-message="error"]')).toHaveText(
    'An image needs its alternative text: say what it shows.',
  );
  const alt = 'The meeting room, seen from the door';
  form = await attach(secretary, { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png) }, alt);
  await expect(form.getByRole('status')).toContainText('“photo.png” attached: revision 3 saved.');
  const list = secretary.getByRole('list', { name: 'Files attached to this revision' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('img', { name: alt })).toBeVisible();

  await submit(secretary, release);
  await approve(await pageAs(browser, 'reviewer'), release, 'step 2 of 2');
  const leader = await pageAs(browser, 'leader');
  await approve(leader, release, 'Approved');
  await publishNow(leader, release);

  // The public page lists both files; each is served as its content, sandboxed, cached by its hash.
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor.getByRole('link', { name: release.headline }).click();
  const files = visitor.getByRole('region', { name: 'Attachments' });
  await expect(files.getByRole('link', { name: pdfName })).toBeVisible();
  await expect(files.getByText('(PDF,')).toBeVisible();
  await expect(files.getByRole('img', { name: alt })).toBeVisible();
  const pdfPath = publicFilePath(release.documentId, { sha256: sha256(pdf), name: pdfName });
  const pngPath = publicFilePath(release.documentId, { sha256: sha256(png), name: 'photo.png' });
  expect(await files.getByRole('link', { name: pdfName }).getAttribute('href')).toBe(pdfPath);

  const served = await request.get(pdfPath);
  expect(served.status()).toBe(200);
  expect(Buffer.from(await served.body()).equals(Buffer.from(pdf))).toBe(true);
  const headers = served.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toBe(
    `inline; filename="__1 Annex.pdf"; filename*=UTF-8''${encodeURIComponent(pdfName)}`,
  );
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const image = await request.get(pngPath);
  expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/png']);
  expect(image.headers()['content-disposition']).toMatch(/^inline; /);

  // A newer draft's file: staff open it, the public does not know it.
  await secretary.goto(`/meetings/${release.meetingId}/release`);
  const draftPdf = samplePdf('Only in the draft');
  form = await attach(secretary, {
    name: 'draft-annex.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(draftPdf),
  });
  await expect(form.getByRole('status')).toContainText('“draft-annex.pdf” attached');
  const staffHref = await list.getByRole('link', { name: 'draft-annex.pdf' }).getAttribute('href');
  const staffCopy = await secretary.request.get(staffHref!);
  expect([staffCopy.status(), staffCopy.headers()['cache-control']]).toEqual([200, 'private, no-store']);
  const draftPath = publicFilePath(release.documentId, { sha256: sha256(draftPdf), name: 'draft-annex.pdf' });
  expect((await request.get(draftPath)).status()).toBe(404);
  expect((await request.get(staffHref!)).status()).toBe(401);

  // Removing a file asks first, and the published files stay until a newer revision is published.
  secretary.once('dialog', (d) => d.accept());
  await list
    .getByRole('form', { name: 'Remove: draft-annex.pdf' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect((await request.get(pdfPath)).status()).toBe(200);

  await leader.goto(`/review/${release.documentId}`);
  const withdraw = leader.getByRole('form', { name: 'Withdraw publication' });
  await withdraw.getByLabel('Reason for withdrawal').fill('Withdrawn with its files.');
  leader.once('dialog', (d) => d.accept());
  await withdraw.getByRole('button', { name: 'Withdraw publication' }).click();
  await expect(leader.getByTestId('document-state')).toContainText('Withdrawn');
  expect((await request.get(pdfPath)).status()).toBe(410);
  expect((await request.get(pngPath)).status()).toBe(410);
});
