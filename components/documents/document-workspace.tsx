import Link from 'next/link';
import type { ReactNode } from 'react';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { MeetingTabs } from '@/components/meetings/meeting-tabs';
import { statusLabel } from '@/components/workspace/labels';
import type { DocumentDetail } from '@/data/documents';
import type { EditLock, ScratchCopy } from '@/data/editing';
import type { MeetingDetail } from '@/data/meetings';
import type { PersonalDataReview } from '@/data/personal-data-review';
import type { PublicRelease } from '@/data/public-releases';
import type { RevisionSummary } from '@/data/revisions';
import type { OriginalBeside as OriginalBesideData, OriginalChange } from '@/data/translation-source';
import type { MissingField } from '@/domain/meeting-languages';
import { documentPagePath } from '@/domain/workspace-paths';
import { isIssuedKind } from '@/domain/vocabulary';
import { documentLabel } from '@/components/meetings/document-label';
import { formatDateTime } from '@/domain/format';
import { releasePath } from '@/domain/release-address';
import type { DoneStep } from '@/domain/step-done';
import { localePath } from '@/web/public-locale';
import type { Mismatch } from '@/domain/release-consistency';
import type { SignedIn } from '@/web/session';
import type { AttachmentDto } from '@/data/attachments';
import { AttachmentPanel } from './attachment-panel';
import { DocumentEditor } from './document-editor';
import { HistoryList } from './history-list';
import { LockBanner } from './lock-banner';
import { MarkdownBody } from './markdown-body';
import { MismatchList } from './mismatch-list';
import { MissingRecords } from './missing-records';
import { PersonalDataPanel } from './personal-data-panel';
import { RecallForm } from './recall-form';
import { OriginalBeside } from './original-beside';
import { StaleTranslationNotice } from './stale-translation-notice';
import { StepDoneBanner } from './step-done-banner';
import { SubmitForReviewForm, type SubmitLabels } from './submit-for-review-form';
import { RedraftPreview } from './redraft-preview';
import { ReleaseDraftButton } from './release-draft-button';
import { RevisionList } from './revision-list';

/** The page again, showing what "Draft from records" would change before it replaces the text. */
const withRedraft = (path: string) => `${path}${path.includes('?') ? '&' : '?'}redraft=1`;

/** What the page reads for one meeting document; the parts the actor may not use are null. */
export type DocumentWorkspaceData = {
  meeting: MeetingDetail;
  doc: DocumentDetail;
  timeZone: string;
  published: PublicRelease | null;
  scratch: ScratchCopy | null;
  lock: EditLock | null;
  proposed: { headline: string; body: string } | null;
  mismatches: Mismatch[] | null;
  /** A document that can go public: the personal-data scan of its current revision. */
  personalData: PersonalDataReview | null;
  revisions: RevisionSummary[];
  /** A release: what its language lacks in the records (drafting waits for it), field by field. */
  missing: MissingField[];
  /** A translation: the original's text shown beside its editor. */
  original: OriginalBesideData | null;
  /** A stale translation: what changed in the original since the revision it was made from. */
  originalChange: OriginalChange | null;
  /** The current revision's files, for a kind of document that takes them (else null). */
  attachments: AttachmentDto[] | null;
};

type Props = {
  user: SignedIn;
  workspace: DocumentWorkspaceData;
  printHref?: string;
  /** What a kind of document adds under its state (the minutes: their number, PDFs and readers). */
  aside?: ReactNode;
  /** The workflow step just taken here, announced with what comes next. */
  done?: DoneStep | null;
};

/**
 * One meeting document in the workspace: its state, the editor (with autosave, and a live preview for
 * Markdown documents), submission, every revision and the history. The press release adds drafting from
 * the records and the consistency check.
 */
export function DocumentWorkspace({
  user: { t, locale },
  workspace: {
    meeting,
    doc,
    timeZone,
    published,
    scratch,
    lock,
    proposed,
    mismatches,
    personalData,
    revisions,
    missing,
    original,
    originalChange,
    attachments,
  },
  printHref,
  aside,
  done = null,
}: Props) {
  const release = doc.kind === 'press_release';
  // The release and the minutes are drafted from the records.
  const drafted = doc.kind === 'press_release' || doc.kind === 'minutes';
  const canEdit = doc.may.edit;
  // The same meeting's release in the other language.
  const counterpart = release
    ? meeting.documents.find((d) => d.kind === 'press_release' && d.id !== doc.id)
    : undefined;
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
  const submitLabels: SubmitLabels = {
    submit: t('documents.submit'),
    submitting: t('documents.submitting'),
    unsavedTitle: t('documents.unsavedTitle'),
    unsavedBody: t('documents.unsavedBody'),
    saveAndSubmit: t('documents.saveAndSubmit'),
    savingAndSubmitting: t('documents.savingAndSubmitting'),
    discardAndSubmit: t('documents.discardAndSubmit'),
    cancel: t('common.cancel'),
    savedNotSubmitted: t('documents.savedNotSubmitted', { number: '{number}', reason: '{reason}' }),
  };
  return (
    <>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <MeetingTabs
        meetingId={meeting.id}
        documents={meeting.documents}
        active={isIssuedKind(doc.kind) ? 'records' : doc.kind}
        activeLanguage={doc.language}
        t={t}
      />
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">
          {documentLabel(t, { ...doc, translationOfId: doc.translation?.originalId ?? null })}
        </h2>
        <p
          className="text-sm"
          data-testid="document-state"
          data-document-id={doc.id}
          data-revision-id={current?.id ?? ''}
        >
          <span className="rounded-full bg-surface-muted px-3 py-1 font-medium">{statusLabel(t, doc)}</span>
        </p>
      </div>
      <StepDoneBanner step={done} doc={doc} published={published} t={t} locale={locale} timeZone={timeZone} />
      {release && counterpart ? (
        <p className="mb-4 text-sm">
          {doc.translation
            ? t('bilingual.isTranslation', { language: t(`language.${doc.language}`) })
            : t('bilingual.isOriginal', { language: t(`language.${counterpart.language}`) })}{' '}
          <Link
            href={documentPagePath(meeting.id, 'press_release', counterpart.language)}
            className="text-link underline"
          >
            {t('bilingual.openOther', { language: t(`language.${counterpart.language}`) })}
          </Link>
        </p>
      ) : null}
      {originalChange && doc.translation ? (
        <StaleTranslationNotice
          change={originalChange}
          originalLanguage={doc.translation.originalLanguage}
          t={t}
        />
      ) : null}
      <p className="mb-6 flex flex-wrap gap-4 text-sm">
        {published ? (
          <Link href={localePath(published.language, releasePath(published))} className="text-link underline">
            {t('documents.viewPublic')}
          </Link>
        ) : null}
        {doc.publicationState === 'published' && doc.workingState !== 'published' ? (
          <span className="text-muted">{t('documents.publishedText')}</span>
        ) : null}
        {doc.may.openReview ? (
          <Link href={`/review/${doc.id}`} className="text-link underline">
            {t('review.openReview')}
          </Link>
        ) : null}
        {printHref && current ? (
          <Link href={printHref} className="text-link underline">
            {t('documents.printView')}
          </Link>
        ) : null}
      </p>
      {aside}
      {canEdit ? (
        <LockBanner documentId={doc.id} lock={lock} t={t} locale={locale} timeZone={timeZone} />
      ) : null}
      {proposed && current ? (
        <RedraftPreview
          documentId={doc.id}
          cancelHref={documentPagePath(meeting.id, doc.kind, doc.language, doc.id)}
          current={current}
          proposed={proposed}
          t={t}
        />
      ) : null}
      {current ? (
        <div className="mb-6 space-y-4">
          <p className="text-sm text-muted">
            {t(current.authorName ? 'documents.revision' : 'documents.revisionNoAuthor', {
              number: current.number,
              author: current.authorName ?? '',
              time: formatDateTime(current.createdAt, locale, timeZone),
            })}
          </p>
          {mismatches ? (
            <MismatchList mismatches={mismatches} t={t} minutes={doc.kind === 'minutes'} />
          ) : null}
          {personalData ? (
            <PersonalDataPanel review={personalData} canEdit={canEdit} language={doc.language} t={t} />
          ) : null}
          {!canEdit ? (
            <article className="rounded border border-line bg-surface p-6" lang={doc.language}>
              <h3 className="mb-4 text-lg font-semibold">{current.headline}</h3>
              <MarkdownBody markdown={current.body} className="prose-release" />
            </article>
          ) : null}
        </div>
      ) : canEdit ? null : (
        // The editor says so itself while it holds no text, and stops once text is typed or restored.
        <p className="mb-6 text-muted">{t('documents.noRevision')}</p>
      )}
      <div className="space-y-6">
        <RecallForm doc={doc} t={t} />
        {release && canEdit && missing.length > 0 ? (
          <MissingRecords missing={missing} meeting={meeting} language={doc.language} t={t} />
        ) : null}
        {drafted && canEdit && missing.length === 0 ? (
          <ReleaseDraftButton
            documentId={doc.id}
            redraftHref={withRedraft(documentPagePath(meeting.id, doc.kind, doc.language, doc.id))}
            hasText={Boolean(current)}
            t={t}
          />
        ) : null}
        {canEdit ? (
          <DocumentEditor
            documentId={doc.id}
            baseRevisionId={current?.id ?? null}
            language={doc.language}
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
              preview: t('documents.preview'),
              empty: t('documents.noRevision'),
              besideText: t('documents.besideText'),
              showOriginal: t('documents.showOriginal'),
            }}
            timeZone={timeZone}
            locale={locale}
            submit={doc.may.submit ? submitLabels : undefined}
            original={
              original
                ? {
                    revisionId: original.revision?.id ?? null,
                    beside: <OriginalBeside original={original} t={t} />,
                  }
                : undefined
            }
          />
        ) : null}
        {doc.may.submit && !canEdit ? (
          <SubmitForReviewForm
            documentId={doc.id}
            revisionId={current?.id ?? null}
            dirty={false}
            labels={submitLabels}
          />
        ) : null}
      </div>
      {attachments ? (
        <AttachmentPanel
          documentId={doc.id}
          revisionId={current?.id ?? null}
          language={doc.language}
          attachments={attachments}
          canEdit={canEdit}
          t={t}
          locale={locale}
        />
      ) : null}
      <RevisionList
        documentId={doc.id}
        currentId={current?.id ?? null}
        revisions={revisions}
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
