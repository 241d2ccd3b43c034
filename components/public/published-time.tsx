import { formatDate } from '@/domain/format';
import type { Locale, Translate } from '@/messages';

type Props = { at: Date; locale: Locale; timeZone: string; t: Translate };

/** "Published February 23, 2024" / its Chinese, as a machine-readable <time>, in the site's time zone. */
export function PublishedTime({ at, locale, timeZone, t }: Props) {
  return (
    <time dateTime={at.toISOString()}>
      {t('public.published', { date: formatDate(at, locale, timeZone) })}
    </time>
  );
}
