import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Huang Qiang', 'Huang Qiang')).toBe(0);
    expect(editDistance('Huang Qiang', 'Huang Qian')).toBe(1);
    expect(editDistance('Huang Qiang', 'Hunag Qiang')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a Chinese character as one', () => {
    expect(editDistance('黄强', '黄墙')).toBe(1);
    expect(editDistance('黄强', '王强')).toBe(1);
    expect(editDistance('黄强', '张伟')).toBe(2);
  });

  it('stops past the limit', () => {
    expect(editDistance('Huang Qiang', 'Someone Else', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
