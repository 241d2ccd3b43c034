import { PrintAddress } from '@/components/public/print-address';
import type { Metadata } from 'next';
import { Masthead } from '@/components/public/masthead';
import { READING_PREFERENCES_SCRIPT } from '@/components/public/reading-preferences';
import { SiteFooter } from '@/components/public/site-footer';
import { getSiteSettings, masthead, siteIdentity } from '@/data/site-settings';
import { env } from '@/config/env';
import { feedPath, htmlLang, publicLocale } from '@/web/public-locale';
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
  const stored = getSiteSettings();
  const settings = siteIdentity(stored, locale);
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
        <div className="flex min-h-screen flex-col bg-canvas">
          <Masthead
            masthead={masthead(stored, locale)}
            sectionName={settings.sectionName}
            locale={locale}
            t={t}
          />
          {/* tabIndex -1: the skip link then moves keyboard focus here, not only the scroll position. */}
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-gutter py-6">
            {children}
          </main>
          <p className="print-only mx-auto w-full max-w-page px-gutter text-small">
            {t('print.printedFrom')} <PrintAddress />
          </p>
          <SiteFooter settings={settings} t={t} />
        </div>
      </body>
    </html>
  );
}
