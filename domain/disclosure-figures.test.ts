import { describe, expect, it } from 'vitest';
import { csvField, daysBetween, figuresCsv, median } from './disclosure-figures';
import { disclosureYear } from './disclosure-year';

describe('the annual disclosure figures', () => {
  it('takes the median of an odd and an even count, and none of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts whole days between calendar days, across a year end', () => {
    expect(daysBetween('2024-02-23', '2024-02-23')).toBe(0);
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
  });

  it('writes CSV fields safely: quotes, line breaks and leading formula characters', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1 day')).toBe("'-1 day");
    expect(csvField(-3)).toBe('-3');
  });

  it('lists every figure as a row of codes', () => {
    const csv = figuresCsv({
      year: 2024,
      disclosed: [{ kind: 'press_release', language: 'zh', count: 2 }],
      corrections: 1,
      withdrawals: [
        { documentId: 7, headline: '标题', at: new Date('2024-03-01T02:00:00Z'), reason: 'Wrong date' },
      ],
      confidentialityReviews: 3,
      overrides: [{ kind: 'mobile', count: 1 }],
      medianDaysToPublication: 0.5,
    });
    expect(csv.split('\r\n')).toEqual([
      'figure,kind,language,value,detail',
      'disclosed,press_release,zh,2,',
      'corrections,,,1,',
      'withdrawals,,,1,',
      'withdrawal,7,,2024-03-01T02:00:00.000Z,标题: Wrong date',
      'confidentiality_reviews,,,3,',
      'personal_data_overrides,mobile,,1,',
      'median_days_meeting_to_publication,,,0.5,',
      '',
    ]);
  });

  it('reads the year from an address, else the fallback', () => {
    expect(disclosureYear('2024', 2026)).toBe(2024);
    expect(disclosureYear(['2023'], 2026)).toBe(2023);
    expect(disclosureYear('24', 2026)).toBe(2026);
    expect(disclosureYear(undefined, 2026)).toBe(2026);
    expect(disclosureYear('0001', 2026)).toBe(2026);
  });
});
