import Link from 'next/link';
import { diffLabels } from '@/components/documents/diff-labels';
import { DiffView } from '@/components/documents/diff-view';
import { HistoryList } from '@/components/documents/history-list';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { MismatchList } from '@/components/documents/mismatch-list';
import { PersonalDataPanel } from '@/components/documents/personal-data-panel';
import { ReviewChainSteps } from '@/components/documents/review-chain-steps';
import { ReviewActions } from '@/components/documents/review-actions';
import { StepDoneBanner } from '@/components/documents/step-done-banner';
import { MeetingHeader } from '@/components/meetings/meeting-header';
import { statusLabel } from '@/components/workspace/labels';
import { getChainSteps } from '@/data/confidentiality';
import { getDocument } from '@/data/documents';
import { ReviewIssued } from '@/components/issued/review-issued';
import { getIssuedPanel } from '@/data/issued-panel';
import { getMeeting } from '@/data/meetings';
import { getPersonalDataReview } from '@/data/personal-data-review';
import { getPublishedRelease } from '@/data/public-releases';
import { reviewBaseline } from '@/data/revisions';
import { getSiteSettings } from '@/data/site-settings';
import { translationsMayGoFirst } from '@/data/translation-source';
import { findingsAgainst, publishedTranslationOf } from '@/data/workflow';
import { documentLabel } from '@/components/meetings/document-label';
import { otherLanguage } from '@/domain/meeting-languages';
import { comparableText, wordDiff } from '@/domain/diff';
import { formatDateTime } from '@/domain/format';
import { doneStepOf } from '@/domain/step-done';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import type { MessageKey } from '@/messages';
import { documentTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/review/[documentId]'>) {
  return documentTitleOf((await params).documentId, (t, document) => t('pageTitle.reviewOf', { document }));
}

export default async function ReviewDocumentPage({
  params,
  searchParams,
}: PageProps<'/review/[documentId]'>) {
  const { documentId } = await params;
  const done = doneStepOf((await searchParams).done);
  const { actor, t, locale } = await requireUser(`/review/${documentId}`);
  const id = recordIdOr404(documentId);
  const doc = loadOr404(() => getDocument(actor, id));
  const meeting = getMeeting(actor, doc.meetingId);
  // Run again on every visit: the records may have changed since the text was submitted.
  const findings = findingsAgainst(meeting, doc);
  const personalData = getPersonalDataReview(actor, doc.id);
  const steps = getChainSteps(actor, doc.id);
  const { timeZone } = getSiteSettings();
  const baseline = doc.current ? reviewBaseline(actor, doc.id) : null;
  const issued = getIssuedPanel(actor, doc.id);
  const counterpart = {
    publishedTranslation:
      !doc.translation && doc.kind === 'press_release' && publishedTranslationOf(doc.id) !== null
        ? otherLanguage(doc.language)
        : null,
    waitingForOriginal:
      doc.translation && doc.translation.originalPublicationState !== 'published' && !translationsMayGoFirst()
        ? doc.translation.originalLanguage
        : null,
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/review" className="underline">
          {t('review.title')}
        </Link>
      </p>
      <MeetingHeader meeting={meeting} t={t} locale={locale} />
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <h2 className="text-xl font-semibold">
          {documentLabel(t, { ...doc, translationOfId: doc.translation?.originalId ?? null })}
        </h2>
        <p
          className="text-sm"
          data-testid="document-state"
          data-document-id={doc.id}
          data-revision-id={doc.current?.id ?? ''}
        >
          <span className="rounded-full bg-surface-muted px-3 py-1 font-medium">{statusLabel(t, doc)}</span>
        </p>
      </div>
      <StepDoneBanner
        step={done}
        doc={doc}
        published={
          done === 'publish' && doc.kind === 'press_release' && doc.publicationState === 'published'
            ? getPublishedRelease(doc.id)
            : null
        }
        t={t}
        locale={locale}
        timeZone={timeZone}
      />
      {doc.workingState === 'scheduled' && doc.scheduledFor ? (
        <p role="status" className="mb-4 rounded border border-info-line bg-info-soft p-3 text-sm">
          {t('review.scheduledFor', {
            time: formatDateTime(doc.scheduledFor, locale, timeZone),
            name: doc.scheduledByName ?? '—',
          })}
        </p>
      ) : null}
      <ReviewChainSteps steps={steps} t={t} locale={locale} timeZone={timeZone} />
      {doc.current ? (
        <>
          <p className="mb-4 text-sm text-muted">
            {t(doc.current.authorName ? 'documents.revision' : 'documents.revisionNoAuthor', {
              number: doc.current.number,
              author: doc.current.authorName ?? '',
              time: formatDateTime(doc.current.createdAt, locale, timeZone),
            })}
          </p>
          {doc.kind !== 'agenda' ? (
            <MismatchList mismatches={findings} t={t} minutes={doc.kind === 'minutes'} />
          ) : null}
          {personalData ? (
            <div className="mt-4">
              <PersonalDataPanel review={personalData} canEdit={doc.may.edit} language={doc.language} t={t} />
            </div>
          ) : null}
          <article lang={doc.language} className="mt-4 rounded border border-line bg-surface p-6">
            <h3 className="mb-4 text-lg font-semibold">{doc.current.headline}</h3>
            <MarkdownBody markdown={doc.current.body} className="prose-release" />
          </article>
          <section aria-labelledby="diff-heading" className="mt-6">
            <h2 id="diff-heading" className="mb-2 text-lg font-semibold">
              {t('review.diffTitle')}
            </h2>
            {baseline ? (
              <>
                <p className="mb-2 text-sm">
                  {t('documents.diffSinceLabel', {
                    label: t(
                      baseline.reason === 'published'
                        ? 'documents.diffSincePublished'
                        : 'documents.diffSinceApproved',
                      {
                        number: baseline.revision.number,
                      },
                    ),
                  })}
                </p>
                <DiffView
                  parts={wordDiff(comparableText(baseline.revision), comparableText(doc.current))}
                  labels={diffLabels(t)}
                />
              </>
            ) : (
              <p className="text-sm text-muted">
                {t(
                  doc.workingState === 'in_review'
                    ? 'documents.diffFirst'
                    : doc.workingState === 'published'
                      ? 'documents.diffPublishedText'
                      : 'documents.diffNothingEarlier',
                )}
              </p>
            )}
          </section>
        </>
      ) : (
        <p>{t('documents.noRevision')}</p>
      )}
      {issued ? (
        <ReviewIssued documentId={doc.id} panel={issued} mayPublish={doc.may.publish} locale={locale} t={t} />
      ) : null}
      <ReviewActions
        doc={doc}
        t={t}
        timeZone={timeZone}
        counterpart={counterpart}
        findings={findings}
        carriesStatement={
          doc.workingState === 'in_review' &&
          steps.some((s) => s.carriesStatement && s.step === doc.reviewStep)
        }
      />
      <details className="mt-8 rounded border border-line bg-surface p-4">
        <summary className="cursor-pointer font-medium">{t('review.records')}</summary>
        <ol className="mt-3 list-decimal space-y-1 pl-6 text-sm">
          {/* The titles in the language of the text under review, which the check compares them with. */}
          {meeting.decisions.map((d) => (
            <li key={d.id}>
              <span lang={doc.language}>{doc.language === 'zh' ? d.titleZh : d.title}</span> —{' '}
              {t(`decisions.outcome.${d.outcome}` as MessageKey)}
            </li>
          ))}
        </ol>
      </details>
      <HistoryList transitions={doc.transitions} t={t} locale={locale} timeZone={timeZone} />
    </>
  );
}
