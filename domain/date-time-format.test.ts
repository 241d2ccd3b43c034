import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-time-format';

describe('dateTimeFormat', () => {
  it('gives the same formatter for the same locale and options, and formats as a new one would', () => {
    const options = { dateStyle: 'long', timeZone: 'Asia/Shanghai' } as const;
    const a = dateTimeFormat('zh-CN', options);
    expect(dateTimeFormat('zh-CN', { ...options })).toBe(a);
    expect(dateTimeFormat('en-US', options)).not.toBe(a);
    const instant = new Date('2024-02-23T16:30:00Z');
    expect(a.format(instant)).toBe(new Intl.DateTimeFormat('zh-CN', options).format(instant));
    expect(a.format(instant)).toBe('2024年2月24日');
  });

  it('refuses an unknown time zone as Intl does, and caches nothing for it', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
