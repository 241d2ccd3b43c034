import Link from 'next/link';
import { translator, type Locale } from '@/messages';
import { PageBar } from '@/components/public/page-bar';
import { htmlLang, localePath, otherLocale, PUBLIC_LOCALES } from '@/web/public-locale';

// A not-found page receives no route parameters, but it renders inside its language's layout, whose <html
// lang> names the language: each language's notice is written here, and the stylesheet shows only the one
// of the page's language (no script, so the page stays cacheable like the others).
export default function NotFound() {
  return (
    <>
      {PUBLIC_LOCALES.map((locale) => (
        <NotFoundNotice key={locale} locale={locale} />
      ))}
    </>
  );
}

function NotFoundNotice({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <div lang={htmlLang[locale]} className="not-found-notice" data-locale={htmlLang[locale]}>
      <PageBar
        locale={locale}
        t={t}
        switchHref={localePath(otherLocale(locale), '/')}
        crumbs={[{ label: t('publicNav.notFound') }]}
      />
      <h1 className="text-2xl font-semibold">{t('public.notFoundTitle')}</h1>
      <p className="mt-4">{t('public.notFound')}</p>
      <p className="mt-4">
        <Link href={localePath(locale, '/')} className="text-link underline">
          {t('public.home')}
        </Link>
      </p>
    </div>
  );
}
