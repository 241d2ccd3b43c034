import Link from 'next/link';
import { redirect } from 'next/navigation';
import { meetingTitle, publicationLabel, workingStateLabel } from '@/components/workspace/labels';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { listMeetings } from '@/data/meetings';
import { formatCalendarDate } from '@/lib/format';
import { landingPath } from '@/lib/landing';
import { requireUser } from '@/lib/session';
import type { MessageKey } from '@/messages';

const PAGE_SIZE = 25;

export default async function MeetingsPage({ searchParams }: PageProps<'/meetings'>) {
  const { actor, t, locale } = await requireUser('/meetings');
  const landing = landingPath(actor.roles);
  if (landing !== '/meetings') redirect(landing);
  const page = pageParam((await searchParams).page);
  const { rows, total } = listMeetings(actor, page, PAGE_SIZE);
  const canCreate = actor.roles.includes('secretary');
  return (
    <>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('meetings.title')}</h1>
        {canCreate ? (
          <Link
            href="/meetings/new"
            className="rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900"
          >
            {t('meetings.new')}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <div className="rounded border border-dashed border-slate-400 bg-white p-8 text-center">
          <p className="font-medium">{t('meetings.empty')}</p>
          {canCreate ? <p className="mt-1 text-sm text-slate-700">{t('meetings.emptyHint')}</p> : null}
        </div>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                {t('meetings.column.meeting')}
              </th>
              <th scope="col" className="p-2">
                {t('meetings.column.date')}
              </th>
              <th scope="col" className="p-2">
                {t('meetings.column.chair')}
              </th>
              <th scope="col" className="p-2">
                {t('meetings.column.status')}
              </th>
              <th scope="col" className="p-2">
                {t('meetings.column.release')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id} className="border-b border-slate-200">
                <td className="p-2">
                  <Link href={`/meetings/${m.id}`} className="font-medium text-blue-900 underline">
                    {meetingTitle(t, locale, m)}
                  </Link>
                  <div className="text-slate-700">{m.bodyName}</div>
                </td>
                <td className="p-2">{formatCalendarDate(m.heldOn, locale)}</td>
                <td className="p-2">{m.chairName}</td>
                <td className="p-2">{t(`meetings.status.${m.status}` as MessageKey)}</td>
                <td className="p-2">
                  {workingStateLabel(t, { workingState: m.releaseState, reviewStep: null })} ·{' '}
                  {publicationLabel(t, m.releasePublication)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `/meetings?page=${p}`} t={t} />
    </>
  );
}
