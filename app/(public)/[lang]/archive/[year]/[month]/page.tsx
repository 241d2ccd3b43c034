import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveReleaseList } from '@/components/public/archive-release-list';
import { NewerOlderNav } from '@/components/public/newer-older-nav';
import { monthName, releaseCount } from '@/components/public/release-count';
import { listArchiveMonthReleases, neighbouringArchiveMonths } from '@/data/public-archive';
import { getSiteSettings } from '@/data/site-settings';
import { archiveMonthOf, archiveMonthPath, archiveYearOf, archiveYearPath } from '@/domain/archive-paths';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

type Params = PageProps<'/[lang]/archive/[year]/[month]'>['params'];

async function monthOf(params: Params) {
  const { lang, year: yearSegment, month: monthSegment } = await params;
  const year = archiveYearOf(yearSegment);
  const month = archiveMonthOf(monthSegment);
  return { ...publicLocale(lang), year, month };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t, year, month } = await monthOf(params);
  if (year === null || month === null) return {};
  const path = archiveMonthPath(year, month);
  const name = monthName(year, month, locale);
  return {
    title: t('archive.monthTitle', { month: name }),
    description: t('archive.monthDescription', { month: name }),
    alternates: {
      canonical: localePath(locale, path),
      languages: { en: path, 'zh-CN': localePath('zh', path) },
    },
  };
}

export default async function ArchiveMonthPage({ params }: { params: Params }) {
  const { locale, t, year, month } = await monthOf(params);
  if (year === null || month === null) notFound();
  const releases = listArchiveMonthReleases(locale, year, month);
  if (releases.length === 0) notFound();
  const { timeZone } = getSiteSettings();
  const { newer, older } = neighbouringArchiveMonths(locale, year, month);
  const name = monthName(year, month, locale);
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), archiveMonthPath(year, month))}
        crumbs={[
          { label: t('publicNav.meetingsByYear'), path: '/archive' },
          { label: String(year), path: archiveYearPath(year) },
          { label: name },
        ]}
      />
      <div className="max-w-text">
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={localePath(locale, '/archive')} className="text-link underline">
            {t('archive.allYears')}
          </Link>
          <Link href={localePath(locale, archiveYearPath(year))} className="text-link underline">
            {t('archive.wholeYear', { year })}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold">{t('archive.monthTitle', { month: name })}</h1>
        <p className="mt-1 text-muted">{releaseCount(releases.length, locale, t)}</p>
        <ArchiveReleaseList releases={releases} locale={locale} timeZone={timeZone} t={t} />

        <NewerOlderNav
          label={t('archive.otherMonths')}
          newer={
            newer && {
              href: localePath(locale, archiveMonthPath(newer.year, newer.month)),
              text: t('archive.newerMonth', { month: monthName(newer.year, newer.month, locale) }),
            }
          }
          older={
            older && {
              href: localePath(locale, archiveMonthPath(older.year, older.month)),
              text: t('archive.olderMonth', { month: monthName(older.year, older.month, locale) }),
            }
          }
        />
      </div>
    </>
  );
}
