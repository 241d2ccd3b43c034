import Link from 'next/link';
import { notFound } from 'next/navigation';
import { submitForReview } from '@/actions/submit-for-review';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { MeetingTabs } from '@/components/meetings/meeting-tabs';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import { publicationLabel, workingStateLabel } from '@/components/workspace/labels';
import { getDocument } from '@/data/documents';
import { getEditLock, getScratchCopy } from '@/data/editing';
import { getMeeting } from '@/data/meetings';
import { getPublishedRelease } from '@/data/public-releases';
import { listRevisions } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { previewDraftFromRecords, releaseMismatches } from '@/data/workflow';
import { releasePath } from '@/domain/release-address';
import type { DocumentKind } from '@/domain/vocabulary';
import { formatDateTime } from '@/domain/format';
import { loadOr404 } from '@/web/load-or-404';
import type { SignedIn } from '@/web/session';
import type { MessageKey } from '@/messages';
import { DocumentEditor } from './document-editor';
import { HistoryList } from './history-list';
import { LockBanner } from './lock-banner';
import { MarkdownBody } from './markdown-body';
import { MismatchList } from './mismatch-list';
import { RedraftPreview } from './redraft-preview';
import { ReleaseDraftButton } from './release-draft-button';
import { RevisionList } from './revision-list';

type Props = { user: SignedIn; meetingId: number; kind: DocumentKind; redraft?: boolean; printHref?: string };

/**
 * One meeting document in the workspace: its state, the editor (with autosave, and a live preview for
 * Markdown documents), submission, every revision and the history. The press release adds drafting from
 * the records and the consistency check.
 */
export function DocumentWorkspace({
  user: { actor, t, locale },
  meetingId,
  kind,
  redraft,
  printHref,
}: Props) {
  if (!Number.isInteger(meetingId) || meetingId <= 0) notFound();
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const summary = meeting.documents.find((d) => d.kind === kind);
  if (!summary) notFound();
  const doc = getDocument(actor, summary.id);
  const { timeZone } = getSiteSettings();
  const release = kind === 'press_release';
  const canEdit = doc.may.edit;
  const published = release && doc.publicationState === 'published' ? getPublishedRelease(doc.id) : null;
  const scratch = canEdit ? getScratchCopy(actor, doc.id) : null;
  const current = doc.current;
  const offered =
    scratch && (scratch.headline !== (current?.headline ?? '') || scratch.body !== (current?.body ?? ''))
      ? scratch
      : null;
  const restoredNotice = offered
    ? [
        t('documents.autosaveRestore', { time: formatDateTime(offered.savedAt, locale, timeZone) }),
        current && offered.baseRevisionId !== current.id
          ? t('documents.autosaveOlderBase', {
              old: String(offered.baseRevisionId ?? '—'),
              current: current.number,
            })
          : '',
      ].join(' ')
    : undefined;
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <MeetingTabs meetingId={meeting.id} active={kind} t={t} />
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">{t(`documents.kind.${kind}` as MessageKey)}</h2>
        <p
          className="text-sm"
          data-testid="document-state"
          data-document-id={doc.id}
          data-revision-id={current?.id ?? ''}
        >
          {workingStateLabel(t, doc)} · {publicationLabel(t, doc.publicationState)}
        </p>
      </div>
      <p className="mb-6 flex flex-wrap gap-4 text-sm">
        {published ? (
          <Link href={releasePath(published)} className="text-blue-900 underline">
            {t('documents.viewPublic')}
          </Link>
        ) : null}
        {doc.publicationState === 'published' && doc.workingState !== 'published' ? (
          <span className="text-slate-700">{t('documents.publishedText')}</span>
        ) : null}
        {doc.may.openReview ? (
          <Link href={`/review/${doc.id}`} className="text-blue-900 underline">
            {t('review.openReview')}
          </Link>
        ) : null}
        {printHref && current ? (
          <Link href={printHref} className="text-blue-900 underline">
            {t('documents.printView')}
          </Link>
        ) : null}
      </p>
      {canEdit ? (
        <LockBanner
          documentId={doc.id}
          lock={getEditLock(actor, doc.id)}
          t={t}
          locale={locale}
          timeZone={timeZone}
        />
      ) : null}
      {release && redraft && canEdit && current ? (
        <RedraftPreview
          documentId={doc.id}
          meetingId={meeting.id}
          current={current}
          proposed={previewDraftFromRecords(actor, doc.id)}
          t={t}
        />
      ) : null}
      {current ? (
        <div className="mb-6 space-y-4">
          <p className="text-sm text-slate-700">
            {t(current.authorName ? 'documents.revision' : 'documents.revisionNoAuthor', {
              number: current.number,
              author: current.authorName ?? '',
              time: formatDateTime(current.createdAt, locale, timeZone),
            })}
          </p>
          {release ? <MismatchList mismatches={releaseMismatches(actor, doc.id)} t={t} /> : null}
          {!canEdit ? (
            <article className="rounded border border-slate-300 bg-white p-6">
              <h3 className="mb-4 text-lg font-semibold">{current.headline}</h3>
              <MarkdownBody markdown={current.body} className="prose-release" />
            </article>
          ) : null}
        </div>
      ) : (
        <p className="mb-6 text-slate-700">{t('documents.noRevision')}</p>
      )}
      <div className="space-y-6">
        {release && canEdit ? (
          <ReleaseDraftButton documentId={doc.id} meetingId={meeting.id} hasText={Boolean(current)} t={t} />
        ) : null}
        {canEdit ? (
          <DocumentEditor
            documentId={doc.id}
            baseRevisionId={current?.id ?? null}
            saved={{ headline: current?.headline ?? '', body: current?.body ?? '' }}
            scratch={offered ? { headline: offered.headline, body: offered.body } : null}
            labels={{
              headline: t(release ? 'documents.headline' : 'documents.docTitle'),
              body: t('documents.body'),
              bodyHint: t('documents.bodyHint'),
              save: t('common.save'),
              saving: t('common.saving'),
              autosaved: t('documents.autosaved', { time: '{time}' }),
              autosaveFailed: t('documents.autosaveFailed'),
              restoredNotice,
              discard: t('documents.autosaveDiscard'),
              words: t('documents.wordCount', { count: '{count}' }),
              preview: release ? undefined : t('documents.preview'),
            }}
          />
        ) : null}
        {doc.may.submit ? (
          <ActionForm action={submitForReview} aria-label={t('documents.submit')}>
            <input type="hidden" name="documentId" value={doc.id} />
            <SubmitButton pendingLabel={t('documents.submitting')}>{t('documents.submit')}</SubmitButton>
          </ActionForm>
        ) : null}
      </div>
      <RevisionList
        documentId={doc.id}
        currentId={current?.id ?? null}
        revisions={listRevisions(actor, doc.id)}
        compareHref={(from, to) => `/documents/${doc.id}/compare?from=${from}&to=${to}`}
        canRestore={canEdit}
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
      <HistoryList transitions={doc.transitions} t={t} locale={locale} timeZone={timeZone} />
    </>
  );
}
