import { describe, expect, it } from 'vitest';
import { englishOrdinal, ordinal } from './ordinal';

describe('englishOrdinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [25, '25th'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [113, '113th'],
  ])('%i → %s', (n, expected) => {
    expect(englishOrdinal(n)).toBe(expected);
  });

  it('refuses what is not a whole non-negative number', () => {
    expect(() => englishOrdinal(1.5)).toThrow(RangeError);
    expect(() => englishOrdinal(-1)).toThrow(RangeError);
  });

  it('writes Chinese ordinals with 第…次', () => {
    expect(ordinal(25, 'zh')).toBe('第25次');
  });
});
