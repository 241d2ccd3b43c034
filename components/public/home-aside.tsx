import Link from 'next/link';
import type { ArchiveYear } from '@/data/public-archive';
import { archiveYearPath } from '@/domain/archive-paths';
import type { Locale, Translate } from '@/messages';
import { feedPath, localePath } from '@/web/public-locale';
import { releaseCount } from './release-count';

type Props = { years: ArchiveYear[]; locale: Locale; t: Translate };

const box = 'rounded border border-line bg-surface p-4';

/** The home page's side column: the feeds to subscribe to, and the archive by year in a compact block. */
export function HomeAside({ years, locale, t }: Props) {
  return (
    <div className="home-aside space-y-6">
      <section aria-labelledby="home-feeds" className={box}>
        <h2 id="home-feeds" className="mb-2 text-heading font-semibold">
          {t('home.feeds')}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href={feedPath(locale, 'atom')} type="application/atom+xml" className="text-link underline">
              {t('home.atom')}
            </a>
          </li>
          <li>
            <a href={feedPath(locale, 'rss')} type="application/rss+xml" className="text-link underline">
              {t('home.rss')}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="home-archive" className={box}>
        <h2 id="home-archive" className="mb-2 text-heading font-semibold">
          {t('home.archive')}
        </h2>
        <ul className="grid grid-cols-2 gap-x-4 gap-y-1">
          {years.map(({ year, count }) => (
            <li key={year}>
              <Link href={localePath(locale, archiveYearPath(year))} className="text-link underline">
                {year}
              </Link>{' '}
              <span className="text-small text-muted">{releaseCount(count, locale, t)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-small">
          <Link href={localePath(locale, '/archive')} className="text-link underline">
            {t('home.allYears')}
          </Link>
        </p>
      </section>
    </div>
  );
}
