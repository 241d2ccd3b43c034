import Link from 'next/link';
import { meetingTitle } from '@/components/workspace/labels';
import type { MeetingDetail } from '@/data/meetings';
import { formatCalendarDate } from '@/domain/format';
import type { Locale, MessageKey, Translate } from '@/messages';

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
      <p className="mt-4 text-sm text-slate-700">{meeting.body.name}</p>
      <h1 className="text-2xl font-semibold">
        {meetingTitle(t, locale, { ...meeting, meetingName: meeting.body.meetingName })}
      </h1>
      <p className="mt-1">
        {formatCalendarDate(meeting.heldOn, locale)} · {t(`meetings.status.${meeting.status}` as MessageKey)}
        {meeting.location ? ` · ${meeting.location}` : ''}
      </p>
      <p className="mt-1 text-slate-800">
        {t('meetings.chairedBy', { name: meeting.chairName })}
        {meeting.chairTitle ? (
          <span className="block text-sm text-slate-700">{meeting.chairTitle}</span>
        ) : null}
      </p>
    </header>
  );
}
