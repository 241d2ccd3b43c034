import type { Locale, Translate } from '@/messages';
import { dateTimeFormat } from '@/domain/date-time-format';

const tags: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** "1 release", "12 releases", "12篇": the plural form is the language's own (Intl.PluralRules). */
export function releaseCount(count: number, locale: Locale, t: Translate): string {
  const form = new Intl.PluralRules(tags[locale]).select(count) === 'one' ? 'one' : 'other';
  return t(form === 'one' ? 'archive.releaseCount.one' : 'archive.releaseCount.other', {
    count: new Intl.NumberFormat(tags[locale]).format(count),
  });
}

/** "February 2024" / "2024年2月". */
export function monthName(year: number, month: number, locale: Locale): string {
  return dateTimeFormat(tags[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}
