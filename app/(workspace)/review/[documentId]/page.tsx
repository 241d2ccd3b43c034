import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryList } from '@/components/documents/history-list';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { MismatchList } from '@/components/documents/mismatch-list';
import { ReviewActions } from '@/components/documents/review-actions';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { publicationLabel, workingStateLabel } from '@/components/workspace/labels';
import { getDocument } from '@/data/documents';
import { releaseMismatches } from '@/data/workflow';
import { getMeeting } from '@/data/meetings';
import { getSiteSettings } from '@/data/site-settings';
import { formatDateTime } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { requireUser } from '@/lib/session';
import type { MessageKey } from '@/messages';

export default async function ReviewDocumentPage({ params }: PageProps<'/review/[documentId]'>) {
  const { documentId } = await params;
  const { actor, t, locale } = await requireUser(`/review/${documentId}`);
  const id = Number(documentId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const doc = loadOr404(() => getDocument(actor, id));
  const meeting = getMeeting(actor, doc.meetingId);
  const { timeZone } = getSiteSettings();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/review" className="underline">
          {t('review.title')}
        </Link>
      </p>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">{t(`documents.kind.${doc.kind}` as MessageKey)}</h2>
        <p className="text-sm" data-testid="document-state">
          {workingStateLabel(t, doc)} · {publicationLabel(t, doc.publicationState)}
        </p>
      </div>
      {doc.current ? (
        <>
          <p className="mb-4 text-sm text-slate-700">
            {t(doc.current.authorName ? 'documents.revision' : 'documents.revisionNoAuthor', {
              number: doc.current.number,
              author: doc.current.authorName ?? '',
              time: formatDateTime(doc.current.createdAt, locale, timeZone),
            })}
          </p>
          {doc.kind === 'press_release' ? (
            <MismatchList mismatches={releaseMismatches(actor, doc.id)} t={t} />
          ) : null}
          <article className="mt-4 rounded border border-slate-300 bg-white p-6">
            <h3 className="mb-4 text-lg font-semibold">{doc.current.headline}</h3>
            <MarkdownBody markdown={doc.current.body} className="prose-release" />
          </article>
        </>
      ) : (
        <p>{t('documents.noRevision')}</p>
      )}
      <ReviewActions doc={doc} roles={actor.roles} t={t} />
      <details className="mt-8 rounded border border-slate-300 bg-white p-4">
        <summary className="cursor-pointer font-medium">{t('review.records')}</summary>
        <ol className="mt-3 list-decimal space-y-1 pl-6 text-sm">
          {meeting.decisions.map((d) => (
            <li key={d.id}>
              {d.title} — {t(`decisions.outcome.${d.outcome}` as MessageKey)}
            </li>
          ))}
        </ol>
      </details>
      <HistoryList transitions={doc.transitions} t={t} locale={locale} timeZone={timeZone} />
    </>
  );
}
