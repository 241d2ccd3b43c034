import Link from 'next/link';
import { unitName } from '@/components/follow-up/follow-up-table';
import { ItemForms } from '@/components/follow-up/item-forms';
import { StatusBadge } from '@/components/follow-up/status-badge';
import { localizedText } from '@/components/meetings/localized-value';
import { getFollowUpItem, type FollowUpEventDto } from '@/data/follow-up';
import { getSiteSettings } from '@/data/site-settings';
import { formatCalendarDate, formatDateTime } from '@/domain/format';
import type { Locale, Translate } from '@/messages';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { titleOf } from '@/web/page-title';
import { requireUser } from '@/web/session';

export const generateMetadata = () => titleOf('followUp.item.heading');

function eventLine(e: FollowUpEventDto, locale: Locale, t: Translate) {
  const date = (d: string | null) => (d ? formatCalendarDate(d, locale) : t('followUp.noDeadline'));
  return t(`followUp.event.${e.kind}`, {
    deadline: date(e.requestedDeadline),
    from: date(e.previousDeadline),
  });
}

/** One follow-up item: its facts, what the reader may do on it, and its history. */
export default async function FollowUpItemPage({ params }: PageProps<'/follow-up/[id]'>) {
  const { id } = await params;
  const itemId = recordIdOr404(id);
  const { actor, t, locale } = await requireUser(`/follow-up/${itemId}`);
  const item = loadOr404(() => getFollowUpItem(actor, itemId));
  const { timeZone } = getSiteSettings();
  const facts: [string, React.ReactNode][] = [
    [
      t('followUp.col.meeting'),
      t('followUp.meetingOf', { number: item.sessionNumber, date: formatCalendarDate(item.heldOn, locale) }),
    ],
    [t('followUp.item.source'), t(`followUp.source.${item.source}`)],
    [t('followUp.item.leadUnit'), unitName(item.leadUnit, locale)],
    [
      t('followUp.item.coUnits'),
      item.coUnits.length
        ? item.coUnits.map((u) => unitName(u, locale)).join(locale === 'zh' ? '、' : ', ')
        : t('followUp.item.none'),
    ],
    [
      t('followUp.col.deadline'),
      item.deadline ? formatCalendarDate(item.deadline, locale) : t('followUp.noDeadline'),
    ],
    [t('followUp.col.status'), <StatusBadge key="s" status={item.status} t={t} />],
    [
      t('followUp.col.progress'),
      item.percent === null ? '—' : t('followUp.percent', { percent: item.percent }),
    ],
    [t('followUp.item.leader'), item.responsibleLeader || '—'],
    [t('followUp.item.cycle'), t(`followUp.cycle.${item.reportCycle}`)],
    [t('followUp.item.disclosed'), t(item.disclosed ? 'followUp.item.yes' : 'followUp.item.no')],
    ...(item.status === 'cancelled'
      ? [[t('followUp.item.cancelReason'), item.cancelReason] as [string, string]]
      : []),
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/follow-up" className="text-link underline">
          {t('followUp.item.back')}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">
        {localizedText({ en: item.task, zh: item.taskZh }, locale)}
      </h1>
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {item.pendingExtension ? (
        <p className="mb-4 rounded border border-warning-line bg-warning-soft p-3" role="status">
          {t('followUp.item.pendingExtension', {
            deadline: item.pendingExtension.requestedDeadline
              ? formatCalendarDate(item.pendingExtension.requestedDeadline, locale)
              : '',
            reason: item.pendingExtension.text,
          })}
        </p>
      ) : null}
      {item.completionReported && item.state !== 'done' ? (
        <p className="mb-4 rounded border border-warning-line bg-warning-soft p-3">
          {t('followUp.item.completionReported')}
        </p>
      ) : null}
      <ItemForms item={item} t={t} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">
          {t('followUp.item.history')}
        </h2>
        {item.events.length === 0 ? (
          <p>{t('followUp.item.noHistory')}</p>
        ) : (
          <ol className="space-y-3">
            {[...item.events].reverse().map((e) => (
              <li key={e.id} data-event={e.kind} className="rounded border border-line-subtle bg-surface p-3">
                <p className="font-medium">
                  {eventLine(e, locale, t)}
                  {e.percent !== null ? ` · ${t('followUp.percent', { percent: e.percent })}` : ''}
                </p>
                {e.milestone ? (
                  <p className="text-sm">{t('followUp.event.milestone', { milestone: e.milestone })}</p>
                ) : null}
                {e.text ? <p className="mt-1 whitespace-pre-line">{e.text}</p> : null}
                <p className="mt-1 text-sm text-muted">
                  {t('followUp.event.by', {
                    name: e.actorName ?? '—',
                    time: formatDateTime(e.createdAt, locale, timeZone),
                  })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
