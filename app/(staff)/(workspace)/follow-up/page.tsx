import Link from 'next/link';
import { FollowUpTable, unitName } from '@/components/follow-up/follow-up-table';
import { NewFollowUpItemForm } from '@/components/follow-up/new-item-form';
import { ReminderList } from '@/components/follow-up/reminder-list';
import { Pagination } from '@/components/ui/pagination';
import { FOLLOW_UP_PAGE_SIZE, followUpFilterOptions, followUpSources, listFollowUp } from '@/data/follow-up';
import { listMyReminders } from '@/data/follow-up-reminders';
import { FOLLOW_UP_STATUSES } from '@/domain/follow-up';
import { registerFilter } from '@/domain/follow-up-inputs';
import { formatCalendarDate } from '@/domain/format';
import { can } from '@/domain/permissions';
import { loadOr404 } from '@/web/load-or-404';
import { titleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export const generateMetadata = () => titleOf('followUp.title');

const selectClass = 'mt-1 block w-full rounded border border-line-strong bg-surface px-2 py-1.5';

/** The follow-up register: filters in the address, a page of items, and one's reminders above. */
export default async function FollowUpPage({ searchParams }: PageProps<'/follow-up'>) {
  const { actor, t, locale } = await requireUser('/follow-up');
  const filter = registerFilter(await searchParams);
  const { rows, total, page } = loadOr404(() => listFollowUp(actor, filter));
  const options = followUpFilterOptions(actor);
  // A liaison reads their unit's items only: no unit or meeting to pick, and their own introduction.
  const scoped = !can(actor, 'followUp.readItem', { followUp: { actorUnitInvolved: false } });
  const manage = can(actor, 'followUp.manage');
  const sources =
    manage && filter.meetingId ? loadOr404(() => followUpSources(actor, filter.meetingId!)) : null;
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (filter.status) q.set('status', filter.status);
    if (filter.unitId) q.set('unit', String(filter.unitId));
    if (filter.meetingId) q.set('meeting', String(filter.meetingId));
    if (p > 1) q.set('page', String(p));
    return `/follow-up${q.size ? `?${q}` : ''}`;
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('followUp.title')}</h1>
      <p className="mb-6 text-muted">{t(scoped ? 'followUp.introLiaison' : 'followUp.intro')}</p>
      <ReminderList reminders={listMyReminders(actor, 10)} locale={locale} t={t} />
      <form
        method="get"
        action="/follow-up"
        aria-label={t('followUp.filters')}
        className="mb-6 flex flex-wrap items-end gap-4"
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
        {options.units.length > 0 ? (
          <label className="text-sm">
            {t('followUp.filter.unit')}
            <select name="unit" defaultValue={filter.unitId ?? ''} className={selectClass}>
              <option value="">{t('followUp.filter.any')}</option>
              {options.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {unitName(u, locale)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {options.meetings.length > 0 ? (
          <label className="text-sm">
            {t('followUp.filter.meeting')}
            <select name="meeting" defaultValue={filter.meetingId ?? ''} className={selectClass}>
              <option value="">{t('followUp.filter.any')}</option>
              {options.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {t('followUp.meetingOf', {
                    number: m.sessionNumber,
                    date: formatCalendarDate(m.heldOn, locale),
                  })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="submit"
          className="rounded border border-line-strong bg-surface px-4 py-2 text-sm hover:bg-surface-muted"
        >
          {t('followUp.filter.apply')}
        </button>
      </form>
      {filter.meetingId && manage ? (
        <p className="mb-4">
          <Link href={`/follow-up/notice/${filter.meetingId}`} className="text-link underline">
            {t('followUp.notice.link')}
          </Link>
        </p>
      ) : null}
      {sources && !sources.cancelled ? (
        <NewFollowUpItemForm meetingId={filter.meetingId!} {...sources} locale={locale} t={t} />
      ) : null}
      <p className="mb-2 text-sm text-muted" role="status">
        {t('followUp.count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('followUp.empty')}
        </p>
      ) : (
        <FollowUpTable rows={rows} locale={locale} t={t} />
      )}
      <Pagination page={page} total={total} pageSize={FOLLOW_UP_PAGE_SIZE} href={query} t={t} />
    </>
  );
}
