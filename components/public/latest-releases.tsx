import { notFound } from 'next/navigation';
import { Pagination } from '@/components/ui/pagination';
import type { PublicReleaseSummary } from '@/data/public-releases';
import { localePath } from '@/web/public-locale';
import { ReleaseListItem } from './release-list-item';
import type { Locale, Translate } from '@/messages';

export const LATEST_PAGE_SIZE = 20;

type Props = {
  page: number;
  releases: { rows: PublicReleaseSummary[]; total: number };
  timeZone: string;
  locale: Locale;
  t: Translate;
};

/** One page of the latest releases. Pages are addressed by path (/latest/2), so each stays cacheable. */
export function LatestReleases({ page, releases: { rows, total }, timeZone, locale, t }: Props) {
  const pages = Math.max(1, Math.ceil(total / LATEST_PAGE_SIZE));
  if (page > pages) notFound();
  const pageHref = (n: number) => localePath(locale, n === 1 ? '/' : `/latest/${n}`);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('public.latest')}</h1>
      {rows.length === 0 ? (
        <p className="text-muted">{t('public.empty')}</p>
      ) : (
        <ul className="space-y-6">
          {rows.map((r) => (
            <ReleaseListItem key={r.id} release={r} locale={locale} timeZone={timeZone} t={t}>
              <p className="mt-2 line-clamp-3 text-ink">{r.lead}</p>
            </ReleaseListItem>
          ))}
        </ul>
      )}
      <Pagination page={page} total={total} pageSize={LATEST_PAGE_SIZE} href={pageHref} t={t} />
    </>
  );
}
