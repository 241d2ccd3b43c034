import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryList } from '@/components/documents/history-list';
import { LockBanner } from '@/components/documents/lock-banner';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { MismatchList } from '@/components/documents/mismatch-list';
import { RedraftPreview } from '@/components/documents/redraft-preview';
import { ReleaseEditor } from '@/components/documents/release-editor';
import { RevisionList } from '@/components/documents/revision-list';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { publicationLabel, workingStateLabel } from '@/components/workspace/labels';
import { getDocument } from '@/data/documents';
import { getEditLock, getScratchCopy } from '@/data/editing';
import { getMeeting } from '@/data/meetings';
import { getPublishedRelease, releasePath } from '@/data/public-releases';
import { listRevisions } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { previewDraftFromRecords, releaseMismatches } from '@/data/workflow';
import { formatDateTime } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { requireUser } from '@/lib/session';

export default async function ReleasePage({ params, searchParams }: PageProps<'/meetings/[id]/release'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/meetings/${id}/release`);
  const meetingId = Number(id);
  if (!Number.isInteger(meetingId) || meetingId <= 0) notFound();
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const summary = meeting.documents.find((d) => d.kind === 'press_release');
  if (!summary) notFound();
  const doc = getDocument(actor, summary.id);
  const { timeZone } = getSiteSettings();
  const isSecretary = actor.roles.includes('secretary');
  const canEdit = isSecretary && doc.workingState !== 'scheduled' && meeting.status !== 'cancelled';
  const published = doc.publicationState === 'published' ? getPublishedRelease(doc.id) : null;
  const redraft = canEdit && doc.current && (await searchParams).redraft === '1';
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">{t('documents.kind.press_release')}</h2>
        <p
          className="text-sm"
          data-testid="document-state"
          data-document-id={doc.id}
          data-revision-id={doc.current?.id ?? ''}
        >
          {workingStateLabel(t, doc)} · {publicationLabel(t, doc.publicationState)}
        </p>
      </div>
      {published ? (
        <p className="mb-6 text-sm">
          <Link href={releasePath(published)} className="text-blue-900 underline">
            {t('documents.viewPublic')}
          </Link>
          {doc.workingState !== 'published' ? (
            <span className="ml-2 text-slate-700">{t('documents.publishedText')}</span>
          ) : null}
        </p>
      ) : null}
      {actor.roles.includes('leader') || actor.roles.includes('reviewer') ? (
        <p className="mb-6 text-sm">
          <Link href={`/review/${doc.id}`} className="text-blue-900 underline">
            {t('review.openReview')}
          </Link>
        </p>
      ) : null}
      {canEdit ? (
        <LockBanner
          documentId={doc.id}
          lock={getEditLock(actor, doc.id)}
          t={t}
          locale={locale}
          timeZone={timeZone}
        />
      ) : null}
      {redraft && doc.current ? (
        <RedraftPreview
          documentId={doc.id}
          meetingId={meeting.id}
          current={doc.current}
          proposed={previewDraftFromRecords(actor, doc.id)}
          t={t}
        />
      ) : null}
      {doc.current ? (
        <div className="mb-6 space-y-4">
          <p className="text-sm text-slate-700">
            {t(doc.current.authorName ? 'documents.revision' : 'documents.revisionNoAuthor', {
              number: doc.current.number,
              author: doc.current.authorName ?? '',
              time: formatDateTime(doc.current.createdAt, locale, timeZone),
            })}
          </p>
          <MismatchList mismatches={releaseMismatches(actor, doc.id)} t={t} />
          {!canEdit ? (
            <article className="rounded border border-slate-300 bg-white p-6">
              <h3 className="mb-4 text-lg font-semibold">{doc.current.headline}</h3>
              <MarkdownBody markdown={doc.current.body} className="prose-release" />
            </article>
          ) : null}
        </div>
      ) : (
        <p className="mb-6 text-slate-700">{t('documents.noRevision')}</p>
      )}
      <ReleaseEditor
        doc={doc}
        meetingId={meeting.id}
        scratch={canEdit ? getScratchCopy(actor, doc.id) : null}
        canEdit={canEdit}
        canSubmit={isSecretary && doc.workingState === 'draft' && doc.current !== null}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
      <RevisionList
        documentId={doc.id}
        currentId={doc.current?.id ?? null}
        revisions={listRevisions(actor, doc.id)}
        compareHref={(from, to) => `/meetings/${meeting.id}/release/compare?from=${from}&to=${to}`}
        canRestore={canEdit}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
      <HistoryList transitions={doc.transitions} t={t} locale={locale} timeZone={timeZone} />
    </>
  );
}
