import { LATEST_PAGE_SIZE, LatestReleases } from '@/components/public/latest-releases';
import { listPublishedReleases } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { publicLocale } from '@/web/public-locale';

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = publicLocale((await params).lang);
  return (
    <LatestReleases
      page={1}
      releases={listPublishedReleases(1, LATEST_PAGE_SIZE)}
      timeZone={getSiteSettings().timeZone}
      locale={locale}
      t={t}
    />
  );
}
