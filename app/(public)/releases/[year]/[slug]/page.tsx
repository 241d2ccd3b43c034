import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { getPublishedRelease, releasePath } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { formatDate } from '@/lib/format';
import { translator } from '@/messages';

export const dynamic = 'force-dynamic';

const t = translator('en');

/** The id decides: "/releases/2024/12-any-words" is release 12 whatever the words. */
function releaseId(slug: string): number | null {
  const id = Number(/^(\d+)(?:-|$)/.exec(slug)?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function loadRelease(slug: string) {
  const id = releaseId(slug);
  return id === null ? null : getPublishedRelease(id);
}

export async function generateMetadata({ params }: PageProps<'/releases/[year]/[slug]'>): Promise<Metadata> {
  const release = loadRelease((await params).slug);
  if (!release) return {};
  return {
    title: release.headline,
    description: release.lead,
    alternates: { canonical: releasePath(release) },
  };
}

export default async function ReleasePage({ params }: PageProps<'/releases/[year]/[slug]'>) {
  const { year, slug } = await params;
  const release = loadRelease(slug);
  if (!release) notFound();
  const canonical = releasePath(release);
  if (canonical !== `/releases/${year}/${slug}`) permanentRedirect(canonical);
  const { timeZone } = getSiteSettings();
  const updated = release.lastPublishedAt.getTime() !== release.firstPublishedAt.getTime();
  return (
    <article>
      <h1 className="text-2xl font-semibold leading-snug">{release.headline}</h1>
      <p className="mt-2 text-sm text-slate-700">
        <time dateTime={release.firstPublishedAt.toISOString()}>
          {t('public.published', { date: formatDate(release.firstPublishedAt, 'en', timeZone) })}
        </time>
        {updated ? (
          <>
            {' · '}
            <time dateTime={release.lastPublishedAt.toISOString()}>
              {t('public.updated', { date: formatDate(release.lastPublishedAt, 'en', timeZone) })}
            </time>
          </>
        ) : null}
      </p>
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
