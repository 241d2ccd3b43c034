import { describe, expect, it } from 'vitest';
import {
  excerpt,
  inHeadline,
  matchExpressions,
  MAX_TERMS,
  partsFromMarked,
  plainText,
  planSearch,
  queryTerms,
} from './search-query';

describe('queryTerms', () => {
  it('keeps quoted phrases together, runs an unclosed quote to the end, and drops duplicates', () => {
    expect(queryTerms('adopt "new energy"  vehicles adopt')).toEqual(['adopt', 'new energy', 'vehicles']);
    expect(queryTerms('“常务 会议” 政府 "open phrase')).toEqual(['常务 会议', '政府', 'open phrase']);
    expect(queryTerms('a\u0000b\u200bc')).toEqual(['a', 'b', 'c']);
    expect(queryTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });
});

describe('planSearch and matchExpressions', () => {
  it('sends words to the English table, CJK terms to bigrams and terms mixing CJK with more to trigrams', () => {
    const plan = planSearch(queryTerms('adopt 政府 常务会议 政 G基 “2024年” （议） - *'));
    expect(plan).toEqual({
      words: ['adopt', 'G'],
      substrings: ['2024年'],
      cjk: ['政府', '常务会议', '政', '基', '议'],
    });
    expect(matchExpressions(plan)).toEqual({
      en: '"adopt" "G"',
      trigram: '"2024年"',
      bigram: '"政府" "常务 务会 会议" "政"* "基"* "议"*',
    });
    expect(inHeadline('"政府" "政"*')).toBe('{headline} : ("政府" "政"*)');
  });

  it('quotes every term, doubling quotes inside', () => {
    expect(matchExpressions(planSearch(['NEAR(a', 'b)', 'x"y', 'col:val']))).toEqual({
      en: '"NEAR(a" "b)" "x""y" "col:val"',
    });
    expect(matchExpressions(planSearch([]))).toEqual({});
  });
});

describe('snippets', () => {
  it('reads Markdown as plain text', () => {
    expect(
      plainText('# Title\n\n**Bold** and _em_ and [a link](https://x.test) in snake_case.\n> quote'),
    ).toBe('Title Bold and em and a link in snake_case. quote');
  });

  it('turns snippet() markers into parts', () => {
    expect(
      partsFromMarked('…the \u0002adopted\u0003 policy \u0002measures\u0003', '\u0002', '\u0003'),
    ).toEqual([
      { text: '…the ', hit: false },
      { text: 'adopted', hit: true },
      { text: ' policy ', hit: false },
      { text: 'measures', hit: true },
    ]);
  });

  it('cuts a window around the first hit, without splitting a surrogate pair', () => {
    const text = `${'𠀀'.repeat(60)}政府工作${'𠀀'.repeat(200)}`;
    const parts = excerpt(text, ['政府'], 40);
    expect(parts.find((p) => p.hit)?.text).toBe('政府');
    expect(parts.map((p) => p.text).join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(excerpt('No hit here.', ['政府'])).toEqual([{ text: 'No hit here.', hit: false }]);
  });
});
