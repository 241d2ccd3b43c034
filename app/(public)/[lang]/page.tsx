import { LATEST_PAGE_SIZE, LatestReleases } from '@/components/public/latest-releases';
import { HomeAside } from '@/components/public/home-aside';
import { PageBar } from '@/components/public/page-bar';
import { listArchiveYears } from '@/data/public-archive';
import { listPublishedReleases } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';

/** Home: the latest releases, and beside them (below on phones) the feeds and the archive by year. */
export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = publicLocale((await params).lang);
  return (
    <>
      <PageBar locale={locale} t={t} switchHref={localePath(otherLocale(locale), '/')} />
      <div className="grid gap-section lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="max-w-text">
          <LatestReleases
            page={1}
            releases={listPublishedReleases(locale, 1, LATEST_PAGE_SIZE)}
            timeZone={getSiteSettings().timeZone}
            locale={locale}
            t={t}
          />
        </div>
        <HomeAside years={listArchiveYears(locale)} locale={locale} t={t} />
      </div>
    </>
  );
}
