import { describe, expect, it } from 'vitest';
import { releaseSlug, slugify } from './slug';

describe('a slug', () => {
  it('joins the lower-case ASCII words of a headline with hyphens', () => {
    expect(slugify('Huang Qiang’s 25th Executive Meeting: Café Policies')).toBe(
      'huang-qiangs-25th-executive-meeting-cafe-policies',
    );
  });

  it('ends at the last whole word within 80 characters, never mid-word', () => {
    const headline =
      'Huang Qiang Presided over the 25th Executive Meeting of the Provincial Government to Study and Deploy Work';
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('huang-qiang-presided-over-the-25th-executive-meeting-of-the-provincial');
    const words = headline.toLowerCase().split(/\s+/);
    for (const word of slug.split('-')) expect(words).toContain(word);
  });

  it('keeps a word that ends exactly at the limit', () => {
    const headline = `${'a'.repeat(39)} ${'b'.repeat(40)} c`;
    expect(slugify(headline)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
  });

  it('cuts a single word longer than the limit at the limit', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });

  it('calls a headline without ASCII words "release"', () => {
    expect(slugify('四川省人民政府')).toBe('release');
  });
});

describe('a release slug', () => {
  const meeting = { sessionNumber: 25, heldOn: '2024-02-23' };

  it('is the English headline’s words for an English release', () => {
    expect(releaseSlug({ ...meeting, language: 'en', headline: 'Huang Qiang Chairs the Meeting' })).toBe(
      'huang-qiang-chairs-the-meeting',
    );
  });

  it('names a Chinese release by its session and day, whatever its headline says', () => {
    const headline = '黄强主持召开省政府第25次常务会议';
    expect(slugify(headline)).toBe('25');
    expect(releaseSlug({ ...meeting, language: 'zh', headline })).toBe('meeting-25-2024-02-23');
    expect(releaseSlug({ ...meeting, language: 'zh', headline: '省政府常务会议（更正）' })).toBe(
      'meeting-25-2024-02-23',
    );
  });
});
