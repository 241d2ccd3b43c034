import Link from 'next/link';
import { meetingTitle, roleLabel } from '@/components/workspace/labels';
import { listReviewQueue } from '@/data/documents';
import { listReviewChains } from '@/data/review-chains';
import { formatCalendarDate } from '@/domain/format';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { titleOf } from '@/web/page-title';

export const generateMetadata = () => titleOf('review.title');

export default async function ReviewQueuePage() {
  const { actor, t, locale } = await requireUser('/review');
  const queue = listReviewQueue(actor);
  const chains = listReviewChains();
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('review.title')}</h1>
      {queue.length === 0 ? (
        <p className="rounded border border-dashed border-line-strong bg-surface p-8 text-center">
          {t('review.empty')}
        </p>
      ) : (
        <ul className="space-y-3">
          {queue.map((entry) => {
            const role = entry.reviewStep
              ? chains[entry.language][entry.kind][entry.reviewStep - 1]
              : undefined;
            return (
              <li key={entry.documentId} className="rounded border border-line bg-surface p-4">
                <p className="text-sm text-muted">
                  {t('documents.kindInLanguage', {
                    kind: t(`documents.kind.${entry.kind}` as MessageKey),
                    language: t(`language.${entry.language}`),
                  })}{' '}
                  · {meetingTitle(t, locale, entry)} · {formatCalendarDate(entry.heldOn, locale)}
                </p>
                <p className="mt-1 font-medium">
                  <Link
                    href={`/review/${entry.documentId}`}
                    className="text-link underline"
                    lang={entry.headline ? entry.language : undefined}
                  >
                    {entry.headline ?? t('documents.noRevision')}
                  </Link>
                </p>
                <p className="mt-1 text-sm">
                  {entry.workingState === 'approved'
                    ? t('review.waitingPublish')
                    : entry.workingState === 'scheduled'
                      ? t('review.scheduleStuck')
                      : t('review.waitingStep', {
                          step: entry.reviewStep ?? '',
                          role: role ? roleLabel(t, role) : '',
                        })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
