import type { Metadata } from 'next';
import Link from 'next/link';
import { unitName } from '@/components/follow-up/follow-up-table';
import { LanguageSwitch } from '@/components/public/language-switch';
import { ProgressList } from '@/components/public/progress-list';
import { Pagination } from '@/components/ui/pagination';
import { listPublicProgress, PROGRESS_PAGE_SIZE, publicProgressUnits } from '@/data/follow-up-public';
import { FOLLOW_UP_STATUSES } from '@/domain/follow-up';
import { registerFilter } from '@/domain/follow-up-inputs';
import { localePath, otherLocale, publicLocale } from '@/web/public-locale';

// Reads its query string (filters, page): rendered on every request.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/progress'>): Promise<Metadata> {
  const { t } = publicLocale((await params).lang);
  return { title: t('progress.title') };
}

const selectClass = 'mt-1 block rounded border border-line-strong bg-surface px-2 py-1.5';

/** The disclosed follow-up items, by status and leading unit, newest report first. */
export default async function ProgressPage({ params, searchParams }: PageProps<'/[lang]/progress'>) {
  const { locale, t } = publicLocale((await params).lang);
  const filter = registerFilter(await searchParams);
  const { rows, total, page } = listPublicProgress(filter);
  const units = publicProgressUnits();
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (filter.status) q.set('status', filter.status);
    if (filter.unitId) q.set('unit', String(filter.unitId));
    if (filter.meetingId) q.set('meeting', String(filter.meetingId));
    if (p > 1) q.set('page', String(p));
    return `${localePath(locale, '/progress')}${q.size ? `?${q}` : ''}`;
  };
  return (
    <>
      <LanguageSwitch locale={locale} t={t} href={localePath(otherLocale(locale), '/progress')} />
      <h1 className="text-2xl font-semibold">{t('progress.title')}</h1>
      <p className="mt-2 text-muted">{t('progress.intro')}</p>
      <form
        method="get"
        action={localePath(locale, '/progress')}
        aria-label={t('followUp.filters')}
        className="my-6 flex flex-wrap items-end gap-4"
      >
        <label className="text-sm">
          {t('followUp.filter.status')}
          <select name="status" defaultValue={filter.status ?? ''} className={selectClass}>
            <option value="">{t('followUp.filter.any')}</option>
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUp.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          {t('followUp.filter.unit')}
          <select name="unit" defaultValue={filter.unitId ?? ''} className={selectClass}>
            <option value="">{t('followUp.filter.any')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {unitName(u, locale)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded border border-danger bg-danger px-4 py-2 font-medium text-inverse hover:bg-danger"
        >
          {t('followUp.filter.apply')}
        </button>
      </form>
      <p className="mb-4 text-sm text-muted">{t('followUp.count', { count: total })}</p>
      {rows.length === 0 ? <p>{t('progress.empty')}</p> : <ProgressList rows={rows} locale={locale} t={t} />}
      <Pagination page={page} total={total} pageSize={PROGRESS_PAGE_SIZE} href={query} t={t} />
      <p className="mt-6 text-sm">
        <Link
          href={localePath(locale, '/progress/feed.xml')}
          className="underline"
          type="application/atom+xml"
        >
          {t('progress.feedLink')}
        </Link>
      </p>
    </>
  );
}
