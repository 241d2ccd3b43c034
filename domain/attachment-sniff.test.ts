import { describe, expect, it } from 'vitest';
import {
  sampleDocx,
  sampleGif,
  sampleHtml,
  sampleJpeg,
  sampleOfd,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleXlsx,
  sampleZip,
} from '@/test/fixtures/attachment-samples';
import { sniffAttachment } from './attachment-sniff';
import { attachmentName, formatFileSize, publicFilePath, takesAttachments } from './attachments';

const cut = (bytes: Uint8Array, keep = 0.6) => bytes.slice(0, Math.floor(bytes.length * keep));

describe('sniffAttachment', () => {
  it.each([
    ['pdf', samplePdf()],
    ['png', samplePng()],
    ['jpeg', sampleJpeg()],
    ['gif', sampleGif()],
    ['webp', sampleWebp()],
    ['docx', sampleDocx()],
    ['xlsx', sampleXlsx()],
    ['ofd', sampleOfd()],
  ] as const)('knows a %s by its content', (type, bytes) => {
    expect(sniffAttachment(bytes)).toEqual({ ok: true, type });
  });

  it('refuses an HTML page, whatever it is named', () => {
    expect(sniffAttachment(sampleHtml())).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses an empty file', () => {
    expect(sniffAttachment(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['pdf', samplePdf()],
    ['png', samplePng()],
    ['jpeg', sampleJpeg()],
    ['gif', sampleGif()],
    ['webp', sampleWebp()],
    ['docx', sampleDocx()],
    ['ofd', sampleOfd()],
  ] as const)('refuses a %s cut off in transfer', (_type, bytes) => {
    expect(sniffAttachment(cut(bytes))).toEqual({ ok: false, reason: 'truncated' });
  });

  it('refuses a ZIP archive that is no DOCX, XLSX or OFD document', () => {
    expect(sniffAttachment(sampleZip())).toEqual({ ok: false, reason: 'other_zip' });
  });

  it('refuses a Word body without the package content types', () => {
    const bytes = sampleDocx();
    // The same archive with its "[Content_Types].xml" entry renamed in place (same length).
    const renamed = Buffer.from(bytes)
      .toString('latin1')
      .replaceAll('[Content_Types].xml', '[Content_Typez].xml');
    expect(sniffAttachment(Uint8Array.from(Buffer.from(renamed, 'latin1')))).toEqual({
      ok: false,
      reason: 'other_zip',
    });
  });

  it('does not take a PDF signature that is not at the start', () => {
    const bytes = new Uint8Array([0x20, ...samplePdf()]);
    expect(sniffAttachment(bytes)).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('attachmentName', () => {
  it('keeps a name whose extension agrees with the content', () => {
    expect(attachmentName('Annex 1.pdf', 'pdf')).toBe('Annex 1.pdf');
    expect(attachmentName('photo.JPG', 'jpeg')).toBe('photo.jpg');
  });

  it('gives the extension of the content to a name that claims another type or none', () => {
    expect(attachmentName('scan.pdf', 'png')).toBe('scan.png');
    expect(attachmentName('annex', 'docx')).toBe('annex.docx');
    expect(attachmentName('report.final', 'pdf')).toBe('report.final.pdf');
  });

  it('drops folders, control characters and what a header or path would read', () => {
    expect(attachmentName('C:\\Users\\x\\a"b<c>.pdf', 'pdf')).toBe('abc.pdf');
    expect(attachmentName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(attachmentName('\u0000..', 'pdf')).toBe('file.pdf');
    expect(attachmentName('附件1 政策解读.docx', 'docx')).toBe('附件1 政策解读.docx');
  });
});

describe('the rest of the attachment vocabulary', () => {
  it('takes files on the kinds that go public with them only', () => {
    expect(takesAttachments('press_release')).toBe(true);
    expect(takesAttachments('minutes')).toBe(false);
    expect(takesAttachments('agenda')).toBe(false);
  });

  it('names a public file by its document, the first digits of its hash and its name', () => {
    expect(publicFilePath(7, { sha256: 'ab'.repeat(32), name: '附件 1.pdf' })).toBe(
      `/files/7/${'ab'.repeat(8)}/${encodeURIComponent('附件 1.pdf')}`,
    );
  });

  it('formats sizes for the reader', () => {
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(3.5 * 2 ** 20, 'en')).toBe('3.5 MB');
  });
});
