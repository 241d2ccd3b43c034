import Link from 'next/link';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { FoldingFilters } from '@/components/meetings/folding-filters';
import { MeetingRegisterList } from '@/components/meetings/meeting-register-list';
import { listMeetings, type RegisterFilters } from '@/data/meeting-register';
import { isIsoDate } from '@/domain/dates';
import { MEETING_STATUSES, WORKING_STATES } from '@/domain/vocabulary';
import { can } from '@/domain/permissions';
import { landingPath } from '@/domain/landing';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';

const PAGE_SIZE = 25;
const SORTS = ['date_desc', 'date_asc', 'number_desc', 'number_asc'] as const;
const RELEASE_STATES = [...WORKING_STATES, 'withdrawn'] as const;

// Filters arrive in the address (so a filtered register can be bookmarked); anything malformed is ignored.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const filterSchema = z.object({
  q: optional(z.string().trim().max(100)),
  status: optional(z.enum(MEETING_STATUSES)),
  release: optional(z.enum(RELEASE_STATES)),
  from: optional(z.string().refine(isIsoDate)),
  to: optional(z.string().refine(isIsoDate)),
  sort: optional(z.enum(SORTS)),
});

const inputClass = 'mt-1 block w-full rounded border border-line-strong bg-surface px-2 py-1.5';

export const generateMetadata = () => titleOf('meetings.title');

export default async function MeetingsPage({ searchParams }: PageProps<'/meetings'>) {
  const { actor, t, locale } = await requireUser('/meetings');
  const landing = landingPath(actor);
  if (landing !== '/meetings') redirect(landing);
  const params = await searchParams;
  const page = pageParam(params.page);
  const f = filterSchema.parse(
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])),
  );
  const filters: RegisterFilters = {
    q: f.q,
    status: f.status,
    releaseState: f.release,
    from: f.from,
    to: f.to,
    sort: f.sort,
  };
  const { rows, total } = listMeetings(actor, filters, page, PAGE_SIZE);
  const query = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => Boolean(e[1])));
  const filtered = query.size > 0;
  const canCreate = can(actor, 'meeting.create');
  return (
    <>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('meetings.title')}</h1>
        {canCreate ? (
          <Link
            href="/meetings/new"
            className="rounded bg-accent px-4 py-2 text-sm font-medium text-inverse hover:bg-accent-strong"
          >
            {t('meetings.new')}
          </Link>
        ) : null}
      </div>
      <form
        method="get"
        role="search"
        aria-label={t('meetings.filter.label')}
        className="mb-4 rounded border border-line bg-surface p-4 text-sm"
      >
        <FoldingFilters
          summary={filtered ? t('meetings.filtersActive') : t('meetings.filters')}
          open={filtered}
        >
          <div className="mt-3 grid gap-3 md:mt-0 md:grid-cols-6">
            <label className="md:col-span-2">
              {t('meetings.filter.q')}
              <input name="q" type="search" defaultValue={f.q} maxLength={100} className={inputClass} />
            </label>
            <label>
              {t('meetings.filter.status')}
              <select name="status" defaultValue={f.status ?? ''} className={inputClass}>
                <option value="">{t('meetings.filter.any')}</option>
                {MEETING_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`meetings.status.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('meetings.filter.release')}
              <select name="release" defaultValue={f.release ?? ''} className={inputClass}>
                <option value="">{t('meetings.filter.any')}</option>
                {RELEASE_STATES.map((s) => (
                  <option key={s} value={s}>
                    {s === 'withdrawn'
                      ? t('documents.publication.withdrawn')
                      : t(`documents.state.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('meetings.filter.from')}
              <input name="from" type="date" defaultValue={f.from} className={inputClass} />
            </label>
            <label>
              {t('meetings.filter.to')}
              <input name="to" type="date" defaultValue={f.to} className={inputClass} />
            </label>
            <label className="md:col-span-2">
              {t('meetings.filter.sort')}
              <select name="sort" defaultValue={f.sort ?? 'date_desc'} className={inputClass}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`meetings.sort.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <div className="flex items-end gap-3 md:col-span-4">
              <button
                type="submit"
                className="rounded bg-accent px-4 py-2 font-medium text-inverse hover:bg-accent-strong"
              >
                {t('meetings.filter.apply')}
              </button>
              {filtered ? (
                <Link href="/meetings" className="underline">
                  {t('meetings.filter.clear')}
                </Link>
              ) : null}
            </div>
          </div>
        </FoldingFilters>
      </form>
      <p className="mb-4 text-sm text-muted" role="status">
        {total === 1 ? t('meetings.countOne') : t('meetings.count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <div className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          <p className="font-medium">{filtered ? t('meetings.noMatch') : t('meetings.empty')}</p>
          {canCreate && !filtered ? (
            <p className="mt-1 text-sm text-muted">{t('meetings.emptyHint')}</p>
          ) : null}
        </div>
      ) : (
        <MeetingRegisterList rows={rows} locale={locale} t={t} />
      )}
      <Pagination
        page={page}
        total={total}
        pageSize={PAGE_SIZE}
        href={(p) => `/meetings?${new URLSearchParams([...query, ['page', String(p)]])}`}
        t={t}
      />
    </>
  );
}
