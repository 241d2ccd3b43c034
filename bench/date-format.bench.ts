import { bench, describe } from 'vitest';
import { dateTimeFormat } from '@/domain/date-time-format';

// Formatting the date of every release a list shows: a formatter built for each call (as the date
// helpers did) against one kept per locale and options (domain/date-time-format.ts). Run with
// `npx vitest bench --run bench/date-format.bench.ts`; vitest prints the ratio.

const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'Asia/Shanghai' };
const instants = Array.from({ length: 1_000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 7_200_000));

describe('dating 1,000 releases', () => {
  bench('a new Intl.DateTimeFormat per date', () => {
    for (const instant of instants) new Intl.DateTimeFormat('zh-CN', options).format(instant);
  });
  bench('one formatter, kept', () => {
    for (const instant of instants) dateTimeFormat('zh-CN', options).format(instant);
  });
});
