import type { ReactNode } from 'react';
import type { ReleaseMeeting } from '@/data/release-context';
import { formatCalendarDate, formatDate } from '@/domain/format';
import { ordinal } from '@/domain/ordinal';
import { translator, type Locale, type Translate } from '@/messages';

type Props = {
  meeting: ReleaseMeeting | null;
  /** The issuing office (the site's "hosted by"), in the page's language. */
  source: string;
  publishedAt: Date;
  updatedAt: Date | null;
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** The release's language, and its lang attribute when it is not the page's (shown from the other edition). */
  language: Locale;
  lang?: string;
  /** Links to the documents the meeting adopted, where they are published: shown below the details. */
  adoptedDocuments?: ReactNode;
};

/** The release's details as a description list: the meeting, its source, and its publication dates. */
export function ReleaseDetails(props: Props) {
  const { meeting, source, publishedAt, updatedAt, locale, timeZone, t, language, lang } = props;
  const rows: [string, ReactNode][] = [];
  const at = (instant: Date) => (
    <time key="at" dateTime={instant.toISOString()}>
      {formatDate(instant, locale, timeZone)}
    </time>
  );
  if (meeting) {
    // Written in the release's language, like the names it joins.
    const meetingOf = translator(language)('release.meetingOf', {
      meeting: meeting.meetingName,
      body: meeting.bodyName,
    });
    const chair = meeting.chairTitle ? `${meeting.chairName}, ${meeting.chairTitle}` : meeting.chairName;
    rows.push(
      [
        t('release.meeting'),
        <span key="meeting" lang={lang}>
          {meetingOf}
        </span>,
      ],
      [
        t('release.session'),
        <span key="session" lang={lang}>
          {translator(language)('meetings.designation', {
            ordinal: ordinal(meeting.sessionNumber, language),
            meetingName: meeting.meetingName,
          })}
        </span>,
      ],
      [
        t('release.heldOn'),
        <time key="held" dateTime={meeting.heldOn}>
          {formatCalendarDate(meeting.heldOn, locale)}
        </time>,
      ],
      [
        t('release.chair'),
        <span key="chair" lang={lang}>
          {chair}
        </span>,
      ],
    );
  }
  if (source) rows.push([t('release.source'), source]);
  rows.push([t('release.published'), at(publishedAt)]);
  if (updatedAt) rows.push([t('release.updated'), at(updatedAt)]);
  return (
    <section
      aria-labelledby="release-details"
      className="release-details rounded border border-line bg-surface p-4"
    >
      <h2 id="release-details" className="sr-only">
        {t('release.details')}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 text-small sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-muted">{term}</dt>
            <dd className="text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      {props.adoptedDocuments}
    </section>
  );
}
