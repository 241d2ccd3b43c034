import Link from 'next/link';
import type { ListedRelease } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import type { Locale, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';
import { textLang } from './other-language';
import { ReleaseByline } from './release-byline';

type Props = { releases: ListedRelease[]; locale: Locale; timeZone: string; t: Translate };

/** Releases of the same chair or body whose text is closest to this one's headline. */
export function RelatedReleases({ releases, locale, timeZone, t }: Props) {
  if (releases.length === 0) return null;
  return (
    <section aria-labelledby="related-releases" className="release-related">
      <h2 id="related-releases" className="mb-3 text-heading font-semibold">
        {t('release.related')}
      </h2>
      <ul className="space-y-4">
        {releases.map((r) => (
          <li key={r.id}>
            <Link
              href={localePath(locale, releasePath(r))}
              className="font-medium text-link underline-offset-2 hover:underline"
              lang={textLang(r.language, locale)}
            >
              {r.headline}
            </Link>
            <ReleaseByline release={r} locale={locale} timeZone={timeZone} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
