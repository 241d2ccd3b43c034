import type { Metadata } from 'next';
import Link from 'next/link';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

export async function generateMetadata({ params }: PageProps<'/[lang]/gone'>): Promise<Metadata> {
  const { t } = publicLocale((await params).lang);
  return { title: t('public.withdrawnTitle'), robots: { index: false } };
}

/** Shown, with status 410, in place of a withdrawn release (the proxy fetches it and answers 410). */
export default async function WithdrawnReleasePage({ params }: PageProps<'/[lang]/gone'>) {
  const { locale, t } = publicLocale((await params).lang);
  return (
    <>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), '/')}
        crumbs={[{ label: t('publicNav.withdrawn') }]}
      />
      <div className="max-w-text">
        <h1 className="text-2xl font-semibold">{t('public.withdrawnTitle')}</h1>
        <p className="mt-4">{t('public.withdrawn')}</p>
        <p className="mt-4">
          <Link href={localePath(locale, '/')} className="text-link underline">
            {t('public.home')}
          </Link>
        </p>
      </div>
    </>
  );
}
