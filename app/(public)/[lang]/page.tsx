import { LATEST_PAGE_SIZE, LatestReleases } from '@/components/public/latest-releases';
import { listPublishedReleases } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { LanguageSwitch } from '@/components/public/language-switch';

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = publicLocale((await params).lang);
  return (
    <>
      <LanguageSwitch locale={locale} t={t} href={localePath(otherLocale(locale), '/')} />
      <LatestReleases
        page={1}
        releases={listPublishedReleases(locale, 1, LATEST_PAGE_SIZE)}
        timeZone={getSiteSettings().timeZone}
        locale={locale}
        t={t}
      />
    </>
  );
}
