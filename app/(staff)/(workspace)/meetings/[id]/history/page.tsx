import { MeetingHeader } from '@/components/meetings/meeting-header';
import { MeetingTabs } from '@/components/meetings/meeting-tabs';
import { getMeeting, meetingHistory } from '@/data/meetings';
import { getSiteSettings } from '@/data/site-settings';
import { formatDateTime } from '@/domain/format';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { isMessageKey, type MessageKey, type Translate } from '@/messages';
import { meetingTitleOf } from '@/web/page-title';

/** A readable name for an audit action; unknown ones (new kinds of event) show their code. */
function actionLabel(t: Translate, action: string): string {
  const [subject, verb] = action.split('.');
  if (subject === 'document' && verb) return t(`workflow.action.${verb}` as MessageKey);
  const key = `history.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/history'>) {
  return meetingTitleOf((await params).id, (t) => t('documents.history'));
}

export default async function MeetingHistoryPage({ params }: PageProps<'/meetings/[id]/history'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/meetings/${id}/history`);
  const meeting = loadOr404(() => getMeeting(actor, recordIdOr404(id)));
  const entries = meetingHistory(actor, meeting.id);
  const { timeZone } = getSiteSettings();
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <MeetingTabs meetingId={meeting.id} documents={meeting.documents} active="history" t={t} />
      <h2 className="mb-4 text-xl font-semibold">{t('documents.history')}</h2>
      <ol className="space-y-2 text-sm">
        {entries.map((e) => {
          const detail = JSON.parse(e.detail) as { title?: string; comment?: string };
          return (
            <li key={e.id} className="rounded border border-line-subtle bg-surface p-3">
              <span className="font-medium">{actionLabel(t, e.action)}</span>
              {detail.title ? ` · “${detail.title}”` : ''} · {e.actorName ?? t('audit.system')} ·{' '}
              <time dateTime={e.createdAt.toISOString()}>
                {formatDateTime(e.createdAt, locale, timeZone)}
              </time>
              {detail.comment ? <p className="mt-1 whitespace-pre-wrap text-ink">{detail.comment}</p> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
