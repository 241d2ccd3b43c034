import Link from 'next/link';
import { markNotificationsRead } from '@/actions/mark-notifications-read';
import { ActionForm } from '@/components/ui/action-form';
import { meetingTitle } from '@/components/workspace/labels';
import { SubmitButton } from '@/components/ui/submit-button';
import { listNotifications } from '@/data/notifications';
import { getSiteSettings } from '@/data/site-settings';
import { formatCalendarDate, formatDateTime } from '@/domain/format';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';
import { documentPagePath } from '@/domain/workspace-paths';

export const generateMetadata = () => titleOf('notifications.title');

export default async function NotificationsPage() {
  const { actor, t, locale } = await requireUser('/notifications');
  const notifications = listNotifications(actor);
  const { timeZone } = getSiteSettings();
  const unread = notifications.some((n) => !n.read);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('notifications.title')}</h1>
        {unread ? (
          <ActionForm action={markNotificationsRead} aria-label={t('notifications.markRead')}>
            <SubmitButton variant="secondary" pendingLabel={t('notifications.marking')}>
              {t('notifications.markRead')}
            </SubmitButton>
          </ActionForm>
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('notifications.empty')}
        </p>
      ) : (
        <ul className="space-y-2">
          {notifications.map((n) => (
            <li
              key={n.id}
              className={`rounded border bg-surface p-3 ${n.read ? 'border-line-subtle' : 'border-info-line'}`}
            >
              <p>
                {!n.read ? (
                  <span className="mr-2 rounded bg-accent px-2 py-0.5 text-xs text-inverse">
                    {t('notifications.unread')}
                  </span>
                ) : null}
                <Link
                  href={
                    n.kind === 'returned'
                      ? documentPagePath(n.meetingId, n.documentKind, n.language, n.documentId)
                      : n.kind === 'minutes_received'
                        ? `/received/${n.documentId}`
                        : `/review/${n.documentId}`
                  }
                  className="text-link underline"
                >
                  {t(`notifications.kind.${n.kind}` as MessageKey, {
                    actor: n.actorName ?? '—',
                    headline: n.headline ?? '',
                  })}
                </Link>
              </p>
              <p className="mt-1 text-sm text-muted">
                {t('documents.kindInLanguage', {
                  kind: t(`documents.kind.${n.documentKind}` as MessageKey),
                  language: t(`language.${n.language}`),
                })}{' '}
                · {meetingTitle(t, locale, n)} · {formatCalendarDate(n.heldOn, locale)}
              </p>
              {n.comment ? <p className="mt-1 whitespace-pre-wrap text-sm text-ink">{n.comment}</p> : null}
              <p className="mt-1 text-xs text-muted">
                <time dateTime={n.createdAt.toISOString()}>
                  {formatDateTime(n.createdAt, locale, timeZone)}
                </time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
