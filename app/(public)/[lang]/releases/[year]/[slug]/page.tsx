import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { ReadingTools } from '@/components/public/reading-tools';
import { getPublishedRelease } from '@/data/public-releases';
import { getSiteSettings, siteIdentity } from '@/data/site-settings';
import { releaseIdOfSegment, releasePath } from '@/domain/release-address';
import { formatDate } from '@/domain/format';
import { htmlLang, localePath, publicLocale } from '@/web/public-locale';
import { PublishedTime } from '@/components/public/published-time';

// Rendered on first request and cached until a publication or withdrawal revalidates it.
export const generateStaticParams = () => [];

function loadRelease(slug: string) {
  const id = releaseIdOfSegment(slug);
  return id === null ? null : getPublishedRelease(id);
}

export async function generateMetadata({
  params,
}: PageProps<'/[lang]/releases/[year]/[slug]'>): Promise<Metadata> {
  const { lang, slug } = await params;
  const { locale } = publicLocale(lang);
  const release = loadRelease(slug);
  if (!release) return {};
  const path = releasePath(release);
  return {
    title: release.headline,
    description: release.lead,
    alternates: {
      canonical: localePath(locale, path),
      languages: { en: path, 'zh-CN': localePath('zh', path) },
    },
    openGraph: {
      type: 'article',
      title: release.headline,
      description: release.lead,
      url: localePath(locale, path),
      siteName: siteIdentity(getSiteSettings(), locale).sectionName,
      locale: htmlLang[locale],
      publishedTime: release.firstPublishedAt.toISOString(),
      modifiedTime: release.lastPublishedAt.toISOString(),
    },
  };
}

export default async function ReleasePage({ params }: PageProps<'/[lang]/releases/[year]/[slug]'>) {
  const { lang, year, slug } = await params;
  const { locale, t } = publicLocale(lang);
  const release = loadRelease(slug);
  if (!release) notFound();
  const canonical = releasePath(release);
  if (canonical !== `/releases/${year}/${slug}`) permanentRedirect(localePath(locale, canonical));
  const { timeZone } = getSiteSettings();
  const updated = release.lastPublishedAt.getTime() !== release.firstPublishedAt.getTime();
  return (
    <article>
      <h1 className="text-2xl font-semibold leading-snug">{release.headline}</h1>
      <p className="mt-2 text-sm text-slate-700">
        <PublishedTime at={release.firstPublishedAt} locale={locale} timeZone={timeZone} t={t} />
        {updated ? (
          <>
            {' · '}
            <time dateTime={release.lastPublishedAt.toISOString()}>
              {t('public.updated', { date: formatDate(release.lastPublishedAt, locale, timeZone) })}
            </time>
          </>
        ) : null}
      </p>
      <ReadingTools
        labels={{
          group: t('public.readingTools'),
          smaller: t('public.fontSmaller'),
          normal: t('public.fontNormal'),
          larger: t('public.fontLarger'),
          elder: t('public.elderMode'),
          print: t('public.print'),
          copyLink: t('public.copyLink'),
          copied: t('public.linkCopied'),
        }}
      />
      {release.correctionNote ? (
        <aside
          aria-label={t('public.correction')}
          className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm"
        >
          <p>{t('public.correction')}</p>
          <p className="mt-1">{release.correctionNote}</p>
        </aside>
      ) : null}
      <MarkdownBody markdown={release.body} className="prose-release mt-6 text-lg" />
    </article>
  );
}
