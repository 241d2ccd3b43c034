import Link from 'next/link';
import { meetingTitle } from '@/components/workspace/labels';
import type { MeetingDetail } from '@/data/meetings';
import { formatCalendarDate } from '@/domain/format';
import { pairOf } from '@/domain/shown-value';
import type { Locale, MessageKey, Translate } from '@/messages';
import { LocalizedValue, localizedText } from './localized-value';

export function MeetingHeader({
  meeting,
  t,
  locale,
}: {
  meeting: MeetingDetail;
  t: Translate;
  locale: Locale;
}) {
  return (
    <header className="mb-8">
      <p className="text-sm">
        <Link href="/meetings" className="underline">
          {t('meetings.backToList')}
        </Link>
      </p>
      <p className="mt-4 text-sm text-muted">{localizedText(pairOf(meeting.body, 'name'), locale)}</p>
      <h1 className="text-2xl font-semibold">
        {meetingTitle(t, locale, {
          ...meeting,
          meetingName: localizedText(pairOf(meeting.body, 'meetingName'), locale),
        })}
      </h1>
      <p className="mt-1">
        {formatCalendarDate(meeting.heldOn, locale)} · {t(`meetings.status.${meeting.status}` as MessageKey)}
        {meeting.location ? ` · ${meeting.location}` : ''}
      </p>
      <p className="mt-1 text-ink">
        {t('meetings.chairedBy', { name: localizedText(pairOf(meeting, 'chairName'), locale) })}
        {meeting.chairTitle || meeting.chairTitleZh ? (
          <span className="block text-sm text-muted">
            <LocalizedValue values={pairOf(meeting, 'chairTitle')} locale={locale} t={t} />
          </span>
        ) : null}
      </p>
    </header>
  );
}
