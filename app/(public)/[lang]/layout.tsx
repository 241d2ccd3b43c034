import type { Metadata } from 'next';
import Link from 'next/link';
import { READING_PREFERENCES_SCRIPT } from '@/components/public/reading-preferences';
import { SiteFooter } from '@/components/public/site-footer';
import { getSiteSettings, siteIdentity } from '@/data/site-settings';
import { env } from '@/config/env';
import { feedPath, htmlLang, localePath, publicLocale } from '@/web/public-locale';
import '../../globals.css';

// Nothing is rendered at build time (no database then); each page is rendered on its first request,
// kept in this instance's memory cache, and revalidated when something is published or withdrawn.
export const generateStaticParams = () => [] as { lang: string }[];
export const dynamicParams = true;

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const { locale, t } = publicLocale((await params).lang);
  const { sectionName } = siteIdentity(getSiteSettings(), locale);
  const { siteOrigin } = env();
  return {
    // Canonical and alternate addresses are absolute only when the public origin is configured.
    metadataBase: siteOrigin ? new URL(siteOrigin) : undefined,
    title: { default: sectionName, template: `%s · ${sectionName}` },
    description: t('app.tagline'),
  };
}

export default async function PublicRootLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const { locale, t } = publicLocale((await params).lang);
  const settings = siteIdentity(getSiteSettings(), locale);
  return (
    <html lang={htmlLang[locale]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: READING_PREFERENCES_SCRIPT }} />
        {/* Each edition names its own feed, in its language. */}
        <link
          rel="alternate"
          type="application/atom+xml"
          href={feedPath(locale)}
          hrefLang={htmlLang[locale]}
          title={t('public.feedTitle')}
        />
      </head>
      <body className="min-h-screen">
        <a href="#main" className="skip-link">
          {t('common.skipToContent')}
        </a>
        <div className="flex min-h-screen flex-col bg-surface">
          <header className="site-header border-b-4 border-danger bg-surface">
            <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
              <Link href={localePath(locale, '/')} className="text-xl font-semibold text-danger">
                {settings.sectionName}
              </Link>
              <form
                role="search"
                action={localePath(locale, '/search')}
                className="site-search flex items-center gap-2 text-sm"
              >
                <label htmlFor="site-search" className="text-ink">
                  {t('public.searchLabel')}
                </label>
                <input
                  id="site-search"
                  name="q"
                  type="search"
                  maxLength={200}
                  className="w-44 rounded border border-line-strong px-2 py-1"
                />
                <button
                  type="submit"
                  className="rounded border border-line-strong bg-surface px-3 py-1 hover:bg-surface-muted"
                >
                  {t('public.search')}
                </button>
              </form>
              <nav aria-label={t('public.siteNav')} className="flex items-center gap-4 text-sm">
                <Link href={localePath(locale, '/archive')} className="underline">
                  {t('public.archive')}
                </Link>
                <a href={feedPath(locale)} type="application/atom+xml" className="underline">
                  {t('public.subscribeFeed')}
                </a>
                <Link href={locale === 'zh' ? '/login?lang=zh' : '/login'} className="text-muted underline">
                  {t('public.staffSignIn')}
                </Link>
              </nav>
            </div>
          </header>
          {/* tabIndex -1: the skip link then moves keyboard focus here, not only the scroll position. */}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter settings={settings} t={t} />
        </div>
      </body>
    </html>
  );
}
