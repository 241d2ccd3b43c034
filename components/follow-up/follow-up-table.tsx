import Link from 'next/link';
import { localizedText } from '@/components/meetings/localized-value';
import type { FollowUpRowDto } from '@/data/follow-up';
import { formatCalendarDate } from '@/domain/format';
import type { Locale, Translate } from '@/messages';
import { StatusBadge } from './status-badge';

export const unitName = (u: { name: string; nameZh: string }, locale: Locale) =>
  localizedText({ en: u.name, zh: u.nameZh }, locale);

/** The register's rows: what, which meeting, units (the leading one first), deadline, status, progress. */
export function FollowUpTable({ rows, locale, t }: { rows: FollowUpRowDto[]; locale: Locale; t: Translate }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-surface text-left text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2">
              {t('followUp.col.task')}
            </th>
            <th scope="col" className="p-2">
              {t('followUp.col.meeting')}
            </th>
            <th scope="col" className="p-2">
              {t('followUp.col.units')}
            </th>
            <th scope="col" className="p-2">
              {t('followUp.col.deadline')}
            </th>
            <th scope="col" className="p-2">
              {t('followUp.col.status')}
            </th>
            <th scope="col" className="p-2">
              {t('followUp.col.progress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line-subtle align-top">
              <td className="p-2">
                <Link href={`/follow-up/${r.id}`} className="text-link underline">
                  {localizedText({ en: r.task, zh: r.taskZh }, locale)}
                </Link>
              </td>
              <td className="p-2">
                {t('followUp.meetingOf', {
                  number: r.sessionNumber,
                  date: formatCalendarDate(r.heldOn, locale),
                })}
              </td>
              <td className="p-2">
                {[
                  t('followUp.leads', { unit: unitName(r.leadUnit, locale) }),
                  ...r.coUnits.map((u) => unitName(u, locale)),
                ].join(locale === 'zh' ? '、' : ', ')}
              </td>
              <td className="p-2 whitespace-nowrap">
                {r.deadline ? formatCalendarDate(r.deadline, locale) : t('followUp.noDeadline')}
              </td>
              <td className="p-2">
                <StatusBadge status={r.status} t={t} />
              </td>
              <td className="p-2">
                {r.percent === null ? '—' : t('followUp.percent', { percent: r.percent })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
