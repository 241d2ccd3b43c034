import type { Locale } from '@/messages';
import { dateTimeFormat } from '@/domain/date-time-format';

const tags: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };

/** An instant as a date in the site's time zone: "February 23, 2024" / "2024年2月23日". */
export function formatDate(instant: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(tags[locale], { dateStyle: 'long', timeZone }).format(instant);
}

/**
 * The one rule for a time shown to staff: written in the site's time zone and labelled with that zone's
 * name, so that nobody reads it in their own browser's zone ("Mar 8, 2024, 10:00 AM (Asia/Shanghai)",
 * "2024年3月8日 10:00（Asia/Shanghai）"). The zone's IANA name is used because abbreviations such as "CST"
 * name several zones.
 */
export function withZone(text: string, locale: Locale, timeZone: string): string {
  return locale === 'zh' ? `${text}（${timeZone}）` : `${text} (${timeZone})`;
}

/** An instant with its time, in the site's time zone, labelled with the zone. */
export function formatDateTime(instant: Date, locale: Locale, timeZone: string): string {
  const text = dateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    instant,
  );
  return withZone(text, locale, timeZone);
}

/** A time of day to the second (the editor's "kept at"), in the site's time zone, labelled with the zone. */
export function formatTimeOfDay(instant: Date, locale: Locale, timeZone: string): string {
  const text = dateTimeFormat(tags[locale], { timeStyle: 'medium', timeZone }).format(instant);
  return withZone(text, locale, timeZone);
}

/** A calendar day ('YYYY-MM-DD') as the language writes it. */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  return dateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The machine-readable form for <time dateTime>. */
export const isoInstant = (instant: Date) => instant.toISOString();
