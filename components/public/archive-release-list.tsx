import Link from 'next/link';
import type { ArchiveRelease } from '@/data/public-archive';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { Locale, Translate } from '@/messages';
import { PublishedTime } from '@/components/public/published-time';
import { OnlyInLabel, textLang } from '@/components/public/other-language';

type Props = { releases: ArchiveRelease[]; locale: Locale; timeZone: string; t: Translate };

/**
 * The archive's plain list of releases: each headline linking to its page, with its publication date (and,
 * for a release the edition has only in the other language, its language and a label saying so).
 */
export function ArchiveReleaseList({ releases, locale, timeZone, t }: Props) {
  return (
    <ul className="mt-4 space-y-4">
      {releases.map((r) => (
        <li key={r.id}>
          <Link
            lang={textLang(r.language, locale)}
            href={localePath(locale, releasePath(r))}
            className="font-semibold text-blue-900 underline-offset-4 hover:underline"
          >
            {r.headline}
          </Link>
          <p className="text-sm text-slate-700">
            <PublishedTime at={r.firstPublishedAt} locale={locale} timeZone={timeZone} t={t} />
            <OnlyInLabel language={r.language} locale={locale} t={t} />
          </p>
        </li>
      ))}
    </ul>
  );
}
