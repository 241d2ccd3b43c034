import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeOfDay, withZone } from './format';

// 10:00 on 8 March 2024 in Beijing.
const instant = new Date('2024-03-08T02:00:00Z');

describe('times shown to staff', () => {
  it('are written in the site’s zone and carry its name, whatever the machine’s zone', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toBe('Mar 8, 2024, 10:00 AM (Asia/Shanghai)');
    expect(formatDateTime(instant, 'zh', 'Asia/Shanghai')).toBe('2024年3月8日 10:00（Asia/Shanghai）');
  });

  it('follow a site set to another zone', () => {
    expect(formatDateTime(instant, 'en', 'Europe/Berlin')).toBe('Mar 8, 2024, 3:00 AM (Europe/Berlin)');
  });

  it('give the editor’s time of day to the second, in the site’s zone', () => {
    expect(formatTimeOfDay(new Date('2024-03-08T02:03:04Z'), 'en', 'Asia/Shanghai')).toBe(
      '10:03:04 AM (Asia/Shanghai)',
    );
    expect(formatTimeOfDay(new Date('2024-03-08T02:03:04Z'), 'zh', 'Asia/Shanghai')).toBe(
      '10:03:04（Asia/Shanghai）',
    );
  });

  it('label with the punctuation of the language', () => {
    expect(withZone('x', 'en', 'UTC')).toBe('x (UTC)');
    expect(withZone('x', 'zh', 'UTC')).toBe('x（UTC）');
  });
});
