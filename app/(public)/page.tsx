import Link from 'next/link';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { listPublishedReleases, releasePath } from '@/data/public-releases';
import { getSiteSettings } from '@/data/site-settings';
import { formatDate } from '@/lib/format';
import { translator } from '@/messages';

// Rendered per request for now: nothing may be read from the database at build time.
export const dynamic = 'force-dynamic';

const t = translator('en');
const PAGE_SIZE = 20;

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const page = pageParam((await searchParams).page);
  const { rows, total } = listPublishedReleases(page, PAGE_SIZE);
  const { timeZone } = getSiteSettings();
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
                  <Link href={releasePath(r)} className="text-blue-900 underline-offset-4 hover:underline">
                    {r.headline}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  <time dateTime={r.firstPublishedAt.toISOString()}>
                    {t('public.published', { date: formatDate(r.firstPublishedAt, 'en', timeZone) })}
                  </time>
                </p>
                <p className="mt-2 line-clamp-3 text-slate-800">{r.lead}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `/?page=${p}`} t={t} />
    </>
  );
}
