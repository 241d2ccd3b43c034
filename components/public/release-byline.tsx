import type { ListedRelease } from '@/data/public-release';
import { listedMeetingLine } from '@/domain/listed-meeting';
import type { Locale, Translate } from '@/messages';
import { OnlyInLabel, textLang } from './other-language';
import { PublishedTime } from './published-time';

type Props = { release: ListedRelease; locale: Locale; timeZone: string; t: Translate };

/**
 * What every public list shows under a release's headline: the meeting it reports ("25th Executive
 * Meeting · February 23, 2024", in the release's language: one chair's headlines read alike, and the
 * meeting's date needs its year beside a later publication date), then when it was first published
 * (never backdated) and, for a release the edition has only in the other language, a label saying so.
 */
export function ReleaseByline({ release, locale, timeZone, t }: Props) {
  return (
    <>
      {release.meeting ? (
        <p className="text-sm font-medium text-ink" lang={textLang(release.language, locale)}>
          <time dateTime={release.meeting.heldOn}>
            {listedMeetingLine(release.meeting, release.language)}
          </time>
        </p>
      ) : null}
      <p className="text-sm text-muted">
        <PublishedTime at={release.firstPublishedAt} locale={locale} timeZone={timeZone} t={t} />
        <OnlyInLabel language={release.language} locale={locale} t={t} />
      </p>
    </>
  );
}
