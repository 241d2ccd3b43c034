import Link from 'next/link';
import type { Translate } from '@/messages';
import { parseRecordId } from '@/domain/record-id';

/** Previous/next links for a paged list; `href(page)` builds each page's address. */
export function Pagination({
  page,
  total,
  pageSize,
  href,
  t,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  t: Translate;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('common.pageOf', { page, pages })} className="mt-6 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          {t('common.previous')}
        </Link>
      ) : null}
      <span>{t('common.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          {t('common.next')}
        </Link>
      ) : null}
    </nav>
  );
}

/** A page number from a search parameter: a positive integer in decimal digits, else 1. */
export function pageParam(value: string | string[] | undefined): number {
  return Math.min(parseRecordId(Array.isArray(value) ? value[0] : value) ?? 1, 100_000);
}
