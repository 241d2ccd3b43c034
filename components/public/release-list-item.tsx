import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ReleaseHeading } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { Locale, Translate } from '@/messages';
import { PublishedTime } from '@/components/public/published-time';

type Props = {
  release: ReleaseHeading;
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** What follows the date: the lead on the home page, the matching passage in search results. */
  children: ReactNode;
};

/** One release in a public list: headline linking to its page, first-published date, then a passage. */
export function ReleaseListItem({ release, locale, timeZone, t, children }: Props) {
  return (
    <li>
      <article>
        <h2 className="text-lg font-semibold">
          <Link
            href={localePath(locale, releasePath(release))}
            className="text-blue-900 underline-offset-4 hover:underline"
          >
            {release.headline}
          </Link>
        </h2>
        <p className="text-sm text-slate-700">
          <PublishedTime at={release.firstPublishedAt} locale={locale} timeZone={timeZone} t={t} />
        </p>
        {children}
      </article>
    </li>
  );
}
