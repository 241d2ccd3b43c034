import { describe, expect, it } from 'vitest';
import { residentIdCheck } from './personal-data';
import { isScannedKind, maskedDocument, scanDocument } from './publication-scan';
import { findingToken, parseFindingToken } from './publication-scan-inputs';

const ID17 = '51010519800101123';
const ID = ID17 + residentIdCheck(ID17);

describe('the scan of a document about to go public', () => {
  it('scans press releases only (the public kinds are one list)', () => {
    expect(isScannedKind('press_release')).toBe(true);
    expect(isScannedKind('minutes')).toBe(false);
    expect(isScannedKind('agenda')).toBe(false);
  });

  it('gives each finding its part, line, column and the text around it on its line', () => {
    const scan = scanDocument({
      headline: 'Mobile 13812345678',
      body: `First line.\nThe applicant, ID ${ID}, was commended.\nLast line.`,
    });
    expect(
      scan.findings.map(({ part, kind, line, column, before, value, after }) => ({
        part,
        kind,
        line,
        column,
        before,
        value,
        after,
      })),
    ).toEqual([
      {
        part: 'headline',
        kind: 'mobile',
        line: 1,
        column: 8,
        before: 'Mobile ',
        value: '13812345678',
        after: '',
      },
      {
        part: 'body',
        kind: 'resident_id',
        line: 2,
        column: 19,
        before: 'The applicant, ID ',
        value: ID,
        after: ', was commended.',
      },
    ]);
  });

  it('reads attachments with a text layer and lists the others as not scanned', () => {
    const scan = scanDocument({
      headline: 'H',
      body: 'B',
      attachments: [
        { name: 'list.pdf', text: 'Tel 13812345678' },
        { name: 'photo.jpg', text: null },
      ],
    });
    expect(scan.findings.map((f) => [f.part, f.kind])).toEqual([['attachment:list.pdf', 'mobile']]);
    expect(scan.notScanned).toEqual(['photo.jpg']);
  });

  it('masks the chosen findings of the headline and body in the standard way', () => {
    const doc = { headline: 'Call 13812345678', body: `ID ${ID}; mobile 13900001111.` };
    const { findings } = scanDocument(doc);
    expect(maskedDocument(doc, findings)).toEqual({
      headline: 'Call 138****5678',
      body: `ID ${ID.slice(0, 6)}********${ID.slice(14)}; mobile 139****1111.`,
    });
    expect(maskedDocument(doc, findings.slice(2))).toEqual({
      headline: doc.headline,
      body: `ID ${ID}; mobile 139****1111.`,
    });
  });

  it('names a finding in one form field and reads it back', () => {
    const key = { kind: 'resident_id', start: 3, end: 21, part: 'attachment:名单 v2.pdf' };
    expect(parseFindingToken(findingToken(key))).toEqual(key);
    expect(parseFindingToken('resident_id:3-21@footer')).toBeNull();
    expect(parseFindingToken('x:a-1@body')).toBeNull();
  });
});
