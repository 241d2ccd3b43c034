import { LatestReleases } from '@/components/public/latest-releases';
import { publicLocale } from '@/web/public-locale';

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = publicLocale((await params).lang);
  return <LatestReleases page={1} locale={locale} t={t} />;
}
