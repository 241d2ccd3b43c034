import Link from 'next/link';
import { meetingTitle } from '@/components/workspace/labels';
import { listMyTasks } from '@/data/documents';
import { formatCalendarDate } from '@/domain/format';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { documentPagePath } from '@/domain/workspace-paths';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('nav.myTasks');

export default async function MyTasksPage() {
  const { actor, t, locale } = await requireUser('/tasks');
  const tasks = listMyTasks(actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('nav.myTasks')}</h1>
      {tasks.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('tasks.empty')}
        </p>
      ) : (
        <ul className="space-y-3">
          {tasks.map((task) => (
            <li
              key={task.documentId}
              className={`rounded border bg-surface p-4 ${task.returned ? 'border-warning' : 'border-line'}`}
            >
              <p className="text-sm text-muted">
                {t('chains.formLabel', {
                  kind: t(`documents.kind.${task.kind}` as MessageKey),
                  language: t(`language.${task.language}`),
                })}{' '}
                · {meetingTitle(t, locale, task)} · {formatCalendarDate(task.heldOn, locale)}
              </p>
              <p className="mt-1 font-medium">
                <Link
                  href={documentPagePath(task.meetingId, task.kind, task.language, task.documentId)}
                  className="text-link underline"
                  lang={task.language}
                >
                  {task.headline}
                </Link>
              </p>
              <p className="mt-1 text-sm">{task.returned ? t('tasks.returned') : t('tasks.draft')}</p>
              {task.returned && task.comment ? (
                <p className="mt-1 whitespace-pre-wrap text-sm text-ink">{task.comment}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
