import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff } from './diff';

describe('wordDiff', () => {
  it('marks changed words and keeps the rest', () => {
    const parts = wordDiff('the 24th Executive Meeting', 'the 25th Executive Meeting');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['24th']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['25th']);
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe(
      'the 25th Executive Meeting',
    );
  });

  it('reports no change for equal texts', () => {
    expect(hasChanges(wordDiff('same text', 'same text'))).toBe(false);
  });
});
