import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listPublishedReleases, releasePath } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { formatDate } from '@/lib/format';
import { localePath } from '@/lib/public-locale';
import type { Locale, Translate } from '@/messages';

const PAGE_SIZE = 20;

/** One page of the latest releases. Pages are addressed by path (/latest/2), so each stays cacheable. */
export function LatestReleases({ page, locale, t }: { page: number; locale: Locale; t: Translate }) {
  const { rows, total } = listPublishedReleases(page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) notFound();
  const { timeZone } = getSiteSettings();
  const pageHref = (n: number) => localePath(locale, n === 1 ? '/' : `/latest/${n}`);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('public.latest')}</h1>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t('public.empty')}</p>
      ) : (
        <ul className="space-y-6">
          {rows.map((r) => (
            <li key={r.id}>
              <article>
                <h2 className="text-lg font-semibold">
                  <Link
                    href={localePath(locale, releasePath(r))}
                    className="text-blue-900 underline-offset-4 hover:underline"
                  >
                    {r.headline}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  <time dateTime={r.firstPublishedAt.toISOString()}>
                    {t('public.published', { date: formatDate(r.firstPublishedAt, locale, timeZone) })}
                  </time>
                </p>
                <p className="mt-2 line-clamp-3 text-slate-800">{r.lead}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav
          aria-label={t('common.pageOf', { page, pages })}
          className="mt-8 flex items-center gap-4 text-sm"
        >
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className="underline">
              {t('common.previous')}
            </Link>
          ) : null}
          <span>{t('common.pageOf', { page, pages })}</span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} rel="next" className="underline">
              {t('common.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
