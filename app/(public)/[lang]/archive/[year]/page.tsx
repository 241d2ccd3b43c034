import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { monthName, releaseCount } from '@/components/public/release-count';
import { listArchiveMonths, listArchiveYears } from '@/data/public-archive';
import { releasePath } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { formatDate } from '@/lib/format';
import { localePath, publicLocale } from '@/lib/public-locale';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

/** A four-digit year, or null for any other segment. */
function yearOf(segment: string): number | null {
  return /^\d{4}$/.test(segment) && Number(segment) > 0 ? Number(segment) : null;
}

export async function generateMetadata({ params }: PageProps<'/[lang]/archive/[year]'>): Promise<Metadata> {
  const { lang, year: segment } = await params;
  const { locale, t } = publicLocale(lang);
  const year = yearOf(segment);
  if (year === null) return {};
  const path = `/archive/${year}`;
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
  const year = yearOf(segment);
  if (year === null) notFound();
  const months = listArchiveMonths(year);
  if (months.length === 0) notFound();
  const { timeZone } = getSiteSettings();
  const years = listArchiveYears().map((y) => y.year);
  const newer = years.filter((y) => y > year).at(-1);
  const older = years.find((y) => y < year);
  const total = months.reduce((n, m) => n + m.releases.length, 0);
  const anchor = (month: number) => `month-${String(month).padStart(2, '0')}`;
  return (
    <>
      <p className="text-sm">
        <Link href={localePath(locale, '/archive')} className="text-blue-900 underline">
          {t('archive.allYears')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t('archive.yearTitle', { year })}</h1>
      <p className="mt-1 text-slate-700">{releaseCount(total, locale, t)}</p>

      <nav aria-label={t('archive.monthsLabel', { year })} className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {months.map(({ month, releases }) => (
            <li key={month}>
              <a href={`#${anchor(month)}`} className="text-blue-900 underline">
                {monthName(year, month, locale)}
              </a>{' '}
              <span className="text-sm text-slate-700">{releaseCount(releases.length, locale, t)}</span>
            </li>
          ))}
        </ul>
      </nav>

      {months.map(({ month, releases }) => (
        <section key={month} aria-labelledby={anchor(month)} className="mt-10">
          <h2 id={anchor(month)} className="border-b border-slate-200 pb-1 text-xl font-semibold">
            {monthName(year, month, locale)}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{releaseCount(releases.length, locale, t)}</p>
          <ul className="mt-4 space-y-4">
            {releases.map((r) => (
              <li key={r.id}>
                <Link
                  href={localePath(locale, releasePath(r))}
                  className="font-semibold text-blue-900 underline-offset-4 hover:underline"
                >
                  {r.headline}
                </Link>
                <p className="text-sm text-slate-700">
                  <time dateTime={r.firstPublishedAt.toISOString()}>
                    {t('public.published', { date: formatDate(r.firstPublishedAt, locale, timeZone) })}
                  </time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}

      {newer !== undefined || older !== undefined ? (
        <nav aria-label={t('archive.otherYears')} className="mt-12 flex justify-between gap-4 text-sm">
          {newer !== undefined ? (
            <Link href={localePath(locale, `/archive/${newer}`)} rel="next" className="underline">
              {t('archive.newerYear', { year: newer })}
            </Link>
          ) : (
            <span />
          )}
          {older !== undefined ? (
            <Link href={localePath(locale, `/archive/${older}`)} rel="prev" className="underline">
              {t('archive.olderYear', { year: older })}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
