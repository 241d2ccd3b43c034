import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { LATEST_PAGE_SIZE, LatestReleases } from '@/components/public/latest-releases';
import { listPublishedReleases } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: PageProps<'/[lang]/latest/[page]'>): Promise<Metadata> {
  const { lang, page } = await params;
  const { t } = publicLocale(lang);
  return { title: t('public.latestPageTitle', { page }) };
}

export default async function LatestPage({ params }: PageProps<'/[lang]/latest/[page]'>) {
  const { lang, page } = await params;
  const { locale, t } = publicLocale(lang);
  const n = Number(page);
  if (!Number.isInteger(n) || n < 1 || String(n) !== page) notFound();
  if (n === 1) permanentRedirect(localePath(locale, '/'));
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), `/latest/${n}`)}
        crumbs={[{ label: t('publicNav.latest'), path: '/' }, { label: t('publicNav.page', { page: n }) }]}
      />
      <div className="max-w-text">
        <LatestReleases
          page={n}
          releases={listPublishedReleases(locale, n, LATEST_PAGE_SIZE)}
          timeZone={getSiteSettings().timeZone}
          locale={locale}
          t={t}
        />
      </div>
    </>
  );
}
