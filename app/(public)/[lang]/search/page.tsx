import type { Metadata } from 'next';
import Link from 'next/link';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE, searchReleases, type SnippetPart } from '@/data/search';
import { getSiteSettings } from '@/data/site-settings';
import { ReleaseListItem } from '@/components/public/release-list-item';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';
import { PageBar } from '@/components/public/page-bar';

// Reads its query string, so it is rendered on every request and kept out of indexes. The [lang] layout's
// generateStaticParams makes its pages static by default; reading searchParams there fails at run time
// (DYNAMIC_SERVER_USAGE) unless the page says it is dynamic.
export const dynamic = 'force-dynamic';

type Search = Awaited<PageProps<'/[lang]/search'>['searchParams']>;

const param = (search: Search, name: string) => {
  const value = search[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

const pageParam = (search: Search) => {
  const value = param(search, 'page');
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
};

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[lang]/search'>): Promise<Metadata> {
  const { t } = publicLocale((await params).lang);
  const query = param(await searchParams, 'q').trim();
  return {
    title:
      query && query.length <= MAX_QUERY_LENGTH ? t('search.titleWithQuery', { query }) : t('search.title'),
    robots: { index: false, follow: true },
  };
}

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-2 text-ink">
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-highlight px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[lang]/search'>) {
  const { locale, t } = publicLocale((await params).lang);
  const search = await searchParams;
  const raw = param(search, 'q');
  const query = raw.trim();
  const page = pageParam(search);
  const result = searchReleases(locale, query, page);
  const { timeZone } = getSiteSettings();
  const count = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const pages = Math.ceil(result.total / SEARCH_PAGE_SIZE);
  const action = localePath(locale, '/search');
  const pageHref = (n: number) =>
    `${action}?${new URLSearchParams(n === 1 ? { q: query } : { q: query, page: String(n) })}`;
  // The other edition searches the same words (its own releases, so not the same page of results).
  const otherSearch = localePath(otherLocale(locale), '/search');
  const switchHref = query ? `${otherSearch}?${new URLSearchParams({ q: query })}` : otherSearch;

  return (
    <>
      <PageBar locale={locale} t={t} switchHref={switchHref} crumbs={[{ label: t('publicNav.search') }]} />
      <div className="max-w-text">
        <h1 className="text-2xl font-semibold">{t('search.title')}</h1>
        <form role="search" aria-label={t('search.formLabel')} action={action} className="mt-4">
          <label htmlFor="search-query" className="block font-medium">
            {t('search.inputLabel')}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="search-query"
              name="q"
              type="search"
              defaultValue={raw}
              maxLength={MAX_QUERY_LENGTH}
              aria-describedby="search-hint"
              className="min-w-0 flex-1 rounded border border-line-strong px-3 py-2"
            />
            <button
              type="submit"
              className="rounded border border-danger bg-danger px-4 py-2 font-medium text-inverse hover:bg-danger"
            >
              {t('search.submit')}
            </button>
          </div>
          <p id="search-hint" className="mt-1 text-sm text-muted">
            {t('search.hint')}
          </p>
        </form>

        <section aria-label={t('search.results')} className="mt-8">
          {result.tooLong ? (
            <p className="rounded border border-warning bg-warning-soft p-4 text-ink">
              {t('search.tooLong', { max: MAX_QUERY_LENGTH })}
            </p>
          ) : !query ? (
            <p className="text-muted">{t('search.prompt')}</p>
          ) : result.total === 0 ? (
            <>
              <p className="font-medium">{t('search.none', { query })}</p>
              <p className="mt-2 text-muted">{t('search.noneHint')}</p>
              <p className="mt-2">
                <Link href={localePath(locale, '/archive')} className="underline">
                  {t('search.browseArchive')}
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="text-muted">
                {result.capped
                  ? t('search.capped', { count: count.format(result.total), query })
                  : result.total === 1
                    ? t('search.countOne', { query })
                    : t('search.countMany', { count: count.format(result.total), query })}
              </p>
              <ul className="mt-6 space-y-6">
                {result.rows.map((r) => (
                  <ReleaseListItem key={r.id} release={r} locale={locale} timeZone={timeZone} t={t}>
                    <Snippet parts={r.snippet} />
                  </ReleaseListItem>
                ))}
              </ul>
            </>
          )}
        </section>

        {pages > 1 && !result.tooLong ? (
          <nav aria-label={t('search.pages')} className="mt-8 flex items-center gap-4 text-sm">
            {page > 1 ? (
              <Link href={pageHref(Math.min(page - 1, pages))} rel="prev" className="underline">
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
      </div>
    </>
  );
}
