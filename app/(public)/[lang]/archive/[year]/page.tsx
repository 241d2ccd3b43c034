import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveReleaseList } from '@/components/public/archive-release-list';
import { NewerOlderNav } from '@/components/public/newer-older-nav';
import { monthName, releaseCount } from '@/components/public/release-count';
import { listArchiveMonths, listArchiveYears } from '@/data/public-archive';
import { getSiteSettings } from '@/data/site-settings';
import { archiveMonthPath, archiveYearOf, archiveYearPath } from '@/domain/archive-paths';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

// A year lists at most this many releases of each month, the newest; each month's own page lists them
// all. A provincial government publishes a few a month, so a year's page usually holds everything; a busy
// archive still gets a year page of a few hundred links rather than megabytes.
const RELEASES_PER_MONTH = 20;

export async function generateMetadata({ params }: PageProps<'/[lang]/archive/[year]'>): Promise<Metadata> {
  const { lang, year: segment } = await params;
  const { locale, t } = publicLocale(lang);
  const year = archiveYearOf(segment);
  if (year === null) return {};
  const path = archiveYearPath(year);
  return {
    title: t('archive.yearTitle', { year }),
    description: t('archive.yearDescription', { year }),
    alternates: {
      canonical: localePath(locale, path),
      languages: { en: path, 'zh-CN': localePath('zh', path) },
    },
  };
}

export default async function ArchiveYearPage({ params }: PageProps<'/[lang]/archive/[year]'>) {
  const { lang, year: segment } = await params;
  const { locale, t } = publicLocale(lang);
  const year = archiveYearOf(segment);
  if (year === null) notFound();
  const months = listArchiveMonths(locale, year, { perMonth: RELEASES_PER_MONTH });
  if (months.length === 0) notFound();
  const { timeZone } = getSiteSettings();
  const years = listArchiveYears(locale).map((y) => y.year);
  const newer = years.filter((y) => y > year).at(-1);
  const older = years.find((y) => y < year);
  const total = months.reduce((n, m) => n + m.count, 0);
  const anchor = (month: number) => `month-${String(month).padStart(2, '0')}`;
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), archiveYearPath(year))}
        crumbs={[{ label: t('publicNav.meetingsByYear'), path: '/archive' }, { label: String(year) }]}
      />
      <div className="max-w-text">
        <p className="text-sm">
          <Link href={localePath(locale, '/archive')} className="text-link underline">
            {t('archive.allYears')}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold">{t('archive.yearTitle', { year })}</h1>
        <p className="mt-1 text-muted">{releaseCount(total, locale, t)}</p>

        <nav aria-label={t('archive.monthsLabel', { year })} className="mt-6">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {months.map(({ month, count }) => (
              <li key={month}>
                <Link
                  href={localePath(locale, archiveMonthPath(year, month))}
                  className="text-link underline"
                >
                  {monthName(year, month, locale)}
                </Link>{' '}
                <span className="text-sm text-muted">{releaseCount(count, locale, t)}</span>
              </li>
            ))}
          </ul>
        </nav>

        {months.map(({ month, count, releases }) => (
          <section key={month} aria-labelledby={anchor(month)} className="mt-10">
            <h2 id={anchor(month)} className="border-b border-line-subtle pb-1 text-xl font-semibold">
              {monthName(year, month, locale)}
            </h2>
            <p className="mt-1 text-sm text-muted">{releaseCount(count, locale, t)}</p>
            <ArchiveReleaseList releases={releases} locale={locale} timeZone={timeZone} t={t} />
            {count > releases.length ? (
              <p className="mt-4">
                <Link
                  href={localePath(locale, archiveMonthPath(year, month))}
                  className="text-link underline"
                >
                  {t('archive.allOfMonth', {
                    releases: releaseCount(count, locale, t),
                    month: monthName(year, month, locale),
                  })}
                </Link>
              </p>
            ) : null}
          </section>
        ))}

        <NewerOlderNav
          label={t('archive.otherYears')}
          newer={
            newer === undefined
              ? undefined
              : {
                  href: localePath(locale, archiveYearPath(newer)),
                  text: t('archive.newerYear', { year: newer }),
                }
          }
          older={
            older === undefined
              ? undefined
              : {
                  href: localePath(locale, archiveYearPath(older)),
                  text: t('archive.olderYear', { year: older }),
                }
          }
        />
      </div>
    </>
  );
}
