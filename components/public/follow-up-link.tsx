import Link from 'next/link';
import type { Locale, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

/** A short link from a release to its meeting's disclosed follow-up items, when there are any. */
export function FollowUpLink({
  meetingId,
  locale,
  t,
}: {
  meetingId: number | null;
  locale: Locale;
  t: Translate;
}) {
  if (meetingId === null) return null;
  return (
    <p className="mt-6 text-sm">
      <Link href={localePath(locale, `/progress?meeting=${meetingId}`)} className="underline">
        {t('progress.releaseLink')}
      </Link>
    </p>
  );
}
