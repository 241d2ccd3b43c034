import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ReleaseHeading } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { Locale, Translate } from '@/messages';
import { PublishedTime } from '@/components/public/published-time';
import { OnlyInLabel, textLang } from '@/components/public/other-language';

type Props = {
  /** With the day its meeting was held, where the list knows it (the home page's does). */
  release: ReleaseHeading & { heldOn?: string | null };
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** What follows the date: the lead on the home page, the matching passage in search results. */
  children: ReactNode;
};

/**
 * One release in a public list: headline linking to its page, first-published date, then a passage. A
 * release the edition has only in the other language says so, and its text carries its language.
 */
export function ReleaseListItem({ release, locale, timeZone, t, children }: Props) {
  const lang = textLang(release.language, locale);
  return (
    <li>
      <article>
        <h2 className="text-lg font-semibold" lang={lang}>
          <Link
            href={localePath(locale, releasePath(release))}
            className="text-blue-900 underline-offset-4 hover:underline"
          >
            {release.headline}
          </Link>
        </h2>
        <p className="text-sm text-slate-700">
          <PublishedTime
            at={release.firstPublishedAt}
            heldOn={release.heldOn}
            locale={locale}
            timeZone={timeZone}
            t={t}
          />
          <OnlyInLabel language={release.language} locale={locale} t={t} />
        </p>
        <div lang={lang}>{children}</div>
      </article>
    </li>
  );
}
