import type { Metadata } from 'next';
import Link from 'next/link';
import { releaseCount } from '@/components/public/release-count';
import { listArchiveYears } from '@/data/public-archive';
import { archiveYearPath } from '@/domain/archive-paths';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/[lang]/archive'>): Promise<Metadata> {
  const { locale, t } = publicLocale((await params).lang);
  return {
    title: t('archive.title'),
    description: t('archive.description'),
    alternates: {
      canonical: localePath(locale, '/archive'),
      languages: { en: '/archive', 'zh-CN': localePath('zh', '/archive') },
    },
  };
}

export default async function ArchivePage({ params }: PageProps<'/[lang]/archive'>) {
  const { locale, t } = publicLocale((await params).lang);
  const years = listArchiveYears(locale);
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), '/archive')}
        crumbs={[{ label: t('publicNav.meetingsByYear') }]}
      />
      <div className="max-w-text">
        <h1 className="text-2xl font-semibold">{t('archive.title')}</h1>
        <p className="mt-2 text-muted">{t('archive.intro')}</p>
        {years.length === 0 ? (
          <p className="mt-6 text-muted">{t('archive.empty')}</p>
        ) : (
          <ul
            aria-label={t('archive.yearsLabel')}
            className="mt-6 divide-y divide-line-subtle border-y border-line-subtle"
          >
            {years.map(({ year, count }) => (
              <li key={year} className="flex items-baseline justify-between gap-4 py-3">
                <Link
                  href={localePath(locale, archiveYearPath(year))}
                  className="text-lg font-semibold text-link underline underline-offset-4"
                >
                  {year}
                </Link>
                <span className="text-muted">{releaseCount(count, locale, t)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
