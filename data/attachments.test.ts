import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/config/env';
import {
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  MAX_REVISION_ATTACHMENT_BYTES,
} from '@/domain/attachment-limits';
import { PUBLIC_HASH_DIGITS } from '@/domain/attachments';
import { extractText } from '@/domain/attachment-text';
import { sampleHtml, samplePdf, samplePng } from '@/test/fixtures/attachment-samples';
import { documentOf, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import {
  attachFile,
  listAttachments,
  publicAttachmentFile,
  publishedAttachments,
  removeAttachment,
  staffAttachmentFile,
} from './attachments';
import { getDocument } from './documents';
import { getPersonalDataReview } from './personal-data-review';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
  withdrawDocument,
} from './workflow';

let cleanup: () => void;
let cast: Awaited<ReturnType<typeof makeWorkflowCast>>;
beforeAll(async () => {
  cleanup = useTempDatabase();
  cast = await makeWorkflowCast();
});
afterAll(() => cleanup());

/** A press release drafted from its meeting's records (so it may be submitted), ready for files. */
function newRelease() {
  const meetingId = newMeeting(cast.secretary, cast.bodyId, { purpose: 'to study the work of the year' });
  const documentId = documentOf(meetingId, 'press_release');
  const { revisionId } = draftReleaseFromRecords(cast.secretary, documentId, null);
  return { documentId, revisionId };
}

const current = (documentId: number) => getDocument(cast.secretary, documentId).current!.id;

function attach(documentId: number, fileName: string, bytes: Uint8Array, altText = '') {
  return attachFile(cast.secretary, {
    documentId,
    baseRevisionId: current(documentId),
    fileName,
    bytes,
    altText,
  });
}

function publish(documentId: number) {
  submitForReview(cast.secretary, documentId);
  const revisionId = current(documentId);
  approveStep(cast.reviewer, documentId, revisionId, '', undefined, { confidentiality: true });
  approveStep(cast.leader, documentId, revisionId);
  publishDocument(cast.leader, documentId);
}

const storedFiles = () =>
  readdirSync(env().filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('attaching files to a revision', () => {
  it('stores the same bytes once, however often they are attached, and carries files to each new revision', () => {
    const a = newRelease();
    const b = newRelease();
    attach(a.documentId, 'annex.pdf', samplePdf('same bytes'));
    const before = storedFiles();
    attach(b.documentId, 'other-name.pdf', samplePdf('same bytes'));
    expect(storedFiles()).toBe(before);

    attach(a.documentId, 'photo.png', samplePng(), 'A photograph of the meeting');
    saveRevision(cast.secretary, {
      documentId: a.documentId,
      baseRevisionId: current(a.documentId),
      headline: 'A release, edited',
      body: 'Its text, edited.',
    });
    const files = listAttachments(cast.secretary, a.documentId);
    expect(files.map((f) => [f.position, f.name, f.type, f.altText])).toEqual([
      [1, 'annex.pdf', 'pdf', ''],
      [2, 'photo.png', 'png', 'A photograph of the meeting'],
    ]);
    // The first revision still carries none.
    expect(listAttachments(cast.secretary, a.documentId, a.revisionId)).toEqual([]);
    const stored = path.join(env().filesDir, files[0]!.sha256.slice(0, 2), files[0]!.sha256);
    expect(readdirSync(path.dirname(stored))).toContain(files[0]!.sha256);
  });

  it('decides the type by content, refusing an HTML page named .pdf and an image without its text', () => {
    const { documentId } = newRelease();
    expect(refusalOf(() => attach(documentId, 'report.pdf', sampleHtml())).key).toBe(
      'attachments.error.unknown',
    );
    expect(refusalOf(() => attach(documentId, 'photo.png', samplePng(), '  ')).key).toBe(
      'attachments.error.altRequired',
    );
    const saved = attach(documentId, 'scan.pdf', samplePng(), 'A scanned page');
    expect(saved.name).toBe('scan.png');
    expect(listAttachments(cast.secretary, documentId)).toHaveLength(1);
  });

  it('keeps to the limits per file, per revision and in number', () => {
    const { documentId } = newRelease();
    expect(refusalOf(() => attach(documentId, 'big.pdf', new Uint8Array(MAX_ATTACHMENT_BYTES + 1))).key).toBe(
      'attachments.error.tooLarge',
    );
    // Files just under the per-file limit, each different, until the revision's total is reached.
    const nearLimit = (n: number) => {
      const pdf = samplePdf(`file ${n}`);
      const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES - 1024);
      bytes.set(pdf.subarray(0, pdf.length - 6));
      bytes.set(new TextEncoder().encode('%%EOF\n'), bytes.length - 6);
      return bytes;
    };
    const fit = Math.floor(MAX_REVISION_ATTACHMENT_BYTES / (MAX_ATTACHMENT_BYTES - 1024));
    for (let n = 0; n < fit; n++) attach(documentId, `part-${n}.pdf`, nearLimit(n));
    expect(refusalOf(() => attach(documentId, 'one-more.pdf', nearLimit(99))).key).toBe(
      'attachments.error.totalTooLarge',
    );

    const many = newRelease();
    for (let n = 0; n < MAX_ATTACHMENTS; n++) attach(many.documentId, `${n}.pdf`, samplePdf(`small ${n}`));
    expect(refusalOf(() => attach(many.documentId, 'extra.pdf', samplePdf('extra'))).key).toBe(
      'attachments.error.tooMany',
    );
  });

  it('refuses a stale form, files on documents that take none, and callers who may not edit', () => {
    const { documentId, revisionId } = newRelease();
    attach(documentId, 'a.pdf', samplePdf('a'));
    const stale = () =>
      attachFile(cast.secretary, {
        documentId,
        baseRevisionId: revisionId,
        fileName: 'b.pdf',
        bytes: samplePdf('b'),
        altText: '',
      });
    expect(refusalOf(stale).key).toBe('documents.staleSave');

    const minutes = documentOf(newMeeting(cast.secretary, cast.bodyId), 'minutes');
    saveRevision(cast.secretary, { documentId: minutes, baseRevisionId: null, headline: 'M', body: 'm' });
    expect(refusalOf(() => attach(minutes, 'a.pdf', samplePdf('m'))).key).toBe(
      'attachments.error.notAttachable',
    );

    const asReviewer = () =>
      attachFile(cast.reviewer, {
        documentId,
        baseRevisionId: current(documentId),
        fileName: 'r.pdf',
        bytes: samplePdf('r'),
        altText: '',
      });
    expect(refusalOf(asReviewer).kind).toBe('forbidden');
  });

  it('removes a file from the new revision only', () => {
    const { documentId } = newRelease();
    attach(documentId, 'first.pdf', samplePdf('first'));
    attach(documentId, 'second.pdf', samplePdf('second'));
    const withBoth = current(documentId);
    const removed = removeAttachment(cast.secretary, { documentId, baseRevisionId: withBoth, position: 1 });
    expect(removed.name).toBe('first.pdf');
    expect(listAttachments(cast.secretary, documentId).map((f) => [f.position, f.name])).toEqual([
      [1, 'second.pdf'],
    ]);
    expect(listAttachments(cast.secretary, documentId, withBoth)).toHaveLength(2);
    expect(
      refusalOf(() =>
        removeAttachment(cast.secretary, { documentId, baseRevisionId: current(documentId), position: 5 }),
      ).key,
    ).toBe('attachments.error.notFound');
  });
});

describe('serving files', () => {
  it("serves the published revision's files only, and none once withdrawn", () => {
    const { documentId } = newRelease();
    attach(documentId, 'annex.pdf', samplePdf('published annex'));
    const [file] = listAttachments(cast.secretary, documentId);
    const prefix = file!.sha256.slice(0, PUBLIC_HASH_DIGITS);
    expect(publicAttachmentFile(documentId, prefix, 'annex.pdf').status).toBe('not_found');
    expect(publishedAttachments(documentId)).toEqual([]);
    expect(staffAttachmentFile(cast.reviewer, documentId, file!.id).bytes.length).toBe(file!.size);

    publish(documentId);
    expect(publicAttachmentFile(documentId, prefix, 'annex.pdf').status).toBe('ok');
    expect(publicAttachmentFile(documentId, prefix, 'other.pdf').status).toBe('not_found');
    expect(publicAttachmentFile(documentId, prefix.slice(0, 8), 'annex.pdf').status).toBe('not_found');

    // A newer draft's file is not public until that revision is published.
    attach(documentId, 'draft.pdf', samplePdf('draft annex'));
    const draft = listAttachments(cast.secretary, documentId).find((f) => f.name === 'draft.pdf')!;
    expect(
      publicAttachmentFile(documentId, draft.sha256.slice(0, PUBLIC_HASH_DIGITS), 'draft.pdf').status,
    ).toBe('not_found');
    expect(publishedAttachments(documentId).map((f) => f.name)).toEqual(['annex.pdf']);

    withdrawDocument(cast.leader, documentId, 'Withdrawn for a test');
    expect(publicAttachmentFile(documentId, prefix, 'annex.pdf').status).toBe('gone');
    expect(publishedAttachments(documentId)).toEqual([]);
  });
});

describe('the personal-data scan of attached files', () => {
  it('reads a PDF by the text layer kept when it was attached, and lists a file without one as not scanned', async () => {
    const { documentId } = newRelease();
    const pdf = samplePdf('Applicant ID 11010519491231002X');
    attachFile(cast.secretary, {
      documentId,
      baseRevisionId: current(documentId),
      fileName: 'annex.pdf',
      bytes: pdf,
      altText: '',
      textLayer: await extractText(pdf),
    });
    attachFile(cast.secretary, {
      documentId,
      baseRevisionId: current(documentId),
      fileName: 'photo.png',
      bytes: samplePng(),
      altText: 'The meeting room',
      textLayer: null,
    });
    const review = getPersonalDataReview(cast.secretary, documentId)!;
    expect(review.findings.map((f) => [f.part, f.kind, f.value])).toEqual([
      ['attachment:annex.pdf', 'resident_id', '11010519491231002X'],
    ]);
    expect(review.notScanned).toEqual(['photo.png']);
  });
});
