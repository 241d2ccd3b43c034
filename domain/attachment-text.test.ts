import { describe, expect, it } from 'vitest';
import { sampleDocx, samplePdf, samplePng, sampleXlsx } from '@/test/fixtures/attachment-samples';
import { extractText, wordXmlText } from './attachment-text';

describe('extractText', () => {
  it("reads a PDF's text layer", async () => {
    expect(await extractText(samplePdf('Contact Zhang San at 13800138000'))).toContain(
      'Contact Zhang San at 13800138000',
    );
  });

  it("reads a Word document's paragraphs, a line each, entities decoded", async () => {
    expect(await extractText(sampleDocx(['身份证号 110101199003077777', 'Second & last']))).toBe(
      '身份证号 110101199003077777\nSecond & last',
    );
  });

  it('answers null, "not scanned", for the other types and for what it cannot read', async () => {
    expect(await extractText(samplePng())).toBeNull();
    expect(await extractText(sampleXlsx())).toBeNull();
    expect(await extractText(samplePdf().slice(0, 40), 'pdf')).toBeNull();
    expect(await extractText(new Uint8Array([1, 2, 3]), 'docx')).toBeNull();
  });

  it('leaves the bytes it was given as they were', async () => {
    const pdf = samplePdf('unchanged');
    const copy = pdf.slice();
    await extractText(pdf);
    expect(pdf).toEqual(copy);
  });
});

describe('wordXmlText', () => {
  it('keeps tabs and breaks, and reads numeric entities', () => {
    expect(
      wordXmlText(
        '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b&#20013;</w:t><w:br/><w:t xml:space="preserve">c </w:t></w:r></w:p>',
      ),
    ).toBe('a\tb中\nc');
  });
});
