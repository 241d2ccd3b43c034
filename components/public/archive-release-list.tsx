import Link from 'next/link';
import type { ArchiveRelease } from '@/data/public-archive';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { Locale, Translate } from '@/messages';
import { textLang } from '@/components/public/other-language';
import { ReleaseByline } from '@/components/public/release-byline';

type Props = { releases: ArchiveRelease[]; locale: Locale; timeZone: string; t: Translate };

/**
 * The archive's plain list of releases: each headline linking to its page, with its meeting and its
 * publication date (see ReleaseByline).
 */
export function ArchiveReleaseList({ releases, locale, timeZone, t }: Props) {
  return (
    <ul className="mt-4 space-y-4">
      {releases.map((r) => (
        <li key={r.id}>
          <Link
            lang={textLang(r.language, locale)}
            href={localePath(locale, releasePath(r))}
            className="font-semibold text-link underline-offset-4 hover:underline"
          >
            {r.headline}
          </Link>
          <ReleaseByline release={r} locale={locale} timeZone={timeZone} t={t} />
        </li>
      ))}
    </ul>
  );
}
