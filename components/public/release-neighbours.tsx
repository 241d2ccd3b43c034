import Link from 'next/link';
import type { ListedRelease } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import type { Locale, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';
import { textLang } from './other-language';

type Props = { previous: ListedRelease | null; next: ListedRelease | null; locale: Locale; t: Translate };

/** Links to the release published just before and just after this one in the edition. */
export function ReleaseNeighbours({ previous, next, locale, t }: Props) {
  if (!previous && !next) return null;
  const link = (release: ListedRelease, label: string, rel: 'prev' | 'next') => (
    <Link
      href={localePath(locale, releasePath(release))}
      rel={rel}
      className="block rounded border border-line bg-surface p-3 hover:border-accent"
    >
      <span className="block text-small font-semibold text-muted">{label}</span>
      <span className="text-link underline underline-offset-2" lang={textLang(release.language, locale)}>
        {release.headline}
      </span>
    </Link>
  );
  return (
    <nav aria-label={t('release.previousNext')} className="release-neighbours mt-8 grid gap-3 sm:grid-cols-2">
      <div>{previous ? link(previous, t('release.previous'), 'prev') : null}</div>
      <div className="sm:text-right">{next ? link(next, t('release.next'), 'next') : null}</div>
    </nav>
  );
}
