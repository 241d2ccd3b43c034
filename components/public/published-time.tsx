import { isoDateInZone } from '@/domain/dates';
import { formatCalendarDate, formatDate } from '@/domain/format';
import type { Locale, Translate } from '@/messages';

type Props = {
  at: Date;
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** The day the meeting was held: shown, with its year, when it is not the day of publication. */
  heldOn?: string | null;
};

/**
 * "Published February 23, 2024" / its Chinese, as a machine-readable <time>, in the site's time zone. A
 * release of a meeting held another day says that day first, with its year: its text says "On March 8"
 * and a reader must not take the publication's year for the meeting's.
 */
export function PublishedTime({ at, locale, timeZone, t, heldOn }: Props) {
  const published = (
    <time dateTime={at.toISOString()}>
      {t('public.published', { date: formatDate(at, locale, timeZone) })}
    </time>
  );
  if (!heldOn || heldOn === isoDateInZone(at, timeZone)) return published;
  return (
    <>
      <time dateTime={heldOn}>{t('public.meetingHeld', { date: formatCalendarDate(heldOn, locale) })}</time>
      {' · '}
      {published}
    </>
  );
}
