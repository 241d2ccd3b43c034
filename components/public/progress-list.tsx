import { StatusBadge } from '@/components/follow-up/status-badge';
import { unitName } from '@/components/follow-up/follow-up-table';
import type { PublicProgressDto } from '@/data/follow-up-public';
import { formatCalendarDate } from '@/domain/format';
import { shownValue } from '@/domain/shown-value';
import type { Locale, Translate } from '@/messages';

/** Disclosed follow-up items as the public reads them: what, which units, by when, how it stands. */
export function ProgressList({
  rows,
  locale,
  t,
}: {
  rows: PublicProgressDto[];
  locale: Locale;
  t: Translate;
}) {
  const join = locale === 'zh' ? '、' : ', ';
  return (
    <ul className="space-y-4">
      {rows.map((r) => (
        <li key={r.id} className="border-b border-line-subtle pb-4">
          <p className="text-lg font-medium">
            {/* A task written only in the other language is shown in it, marked as such for screen readers. */}
            <span lang={shownValue({ en: r.task, zh: r.taskZh }, locale).language}>
              {shownValue({ en: r.task, zh: r.taskZh }, locale).text}
            </span>
          </p>
          <p className="mt-1 text-sm text-muted">
            {[
              t('followUp.meetingOf', {
                number: r.sessionNumber,
                date: formatCalendarDate(r.heldOn, locale),
              }),
              [
                t('followUp.leads', { unit: unitName(r.leadUnit, locale) }),
                ...r.coUnits.map((u) => unitName(u, locale)),
              ].join(join),
              r.deadline
                ? `${t('followUp.col.deadline')}${locale === 'zh' ? '：' : ': '}${formatCalendarDate(r.deadline, locale)}`
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
            <StatusBadge status={r.status} t={t} />
            {r.percent !== null ? (
              <span>{t('progress.latest', { percent: t('followUp.percent', { percent: r.percent }) })}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
