import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

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
