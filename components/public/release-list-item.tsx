import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ListedRelease } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { Locale, Translate } from '@/messages';
import { textLang } from '@/components/public/other-language';
import { ReleaseByline } from '@/components/public/release-byline';

type Props = {
  release: ListedRelease;
  locale: Locale;
  timeZone: string;
  t: Translate;
  /** What follows the date: the lead on the home page, the matching passage in search results. */
  children: ReactNode;
};

/**
 * One release in a public list: headline linking to its page, its meeting and first-published date, then a passage. A
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
            className="text-link underline-offset-4 hover:underline"
          >
            {release.headline}
          </Link>
        </h2>
        <ReleaseByline release={release} locale={locale} timeZone={timeZone} t={t} />
        <div lang={lang}>{children}</div>
      </article>
    </li>
  );
}
