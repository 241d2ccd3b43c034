import type { Locale } from '@/messages';
import { dateTimeFormat } from '@/domain/date-time-format';

const tags: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** An instant as a date in the site's time zone: "February 23, 2024" / "2024年2月23日". */
export function formatDate(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(tags[locale], { dateStyle: 'long', timeZone }).format(instant);
}

/** An instant with its time, in the site's time zone. */
export function formatDateTime(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(instant);
}

/** A calendar day ('YYYY-MM-DD') as the language writes it. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  return dateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The machine-readable form for <time dateTime>. */
export const isoInstant = (instant: Date) => instant.toISOString();
