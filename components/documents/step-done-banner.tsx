import Link from 'next/link';
import { roleLabel } from '@/components/workspace/labels';
import type { DocumentDetail } from '@/data/documents';
import type { PublicRelease } from '@/data/public-releases';
import { formatDateTime } from '@/domain/format';
import { releasePath } from '@/domain/release-address';
import type { DoneStep } from '@/domain/step-done';
import type { Locale, Translate } from '@/messages';
import { localePath } from '@/web/public-locale';

type Doc = Pick<
  DocumentDetail,
  'kind' | 'workingState' | 'reviewStep' | 'chain' | 'publicationState' | 'scheduledFor' | 'visibility'
>;

/** The step's outcome and what comes next, or null when the document is not in the state the step leads to. */
function outcome(step: DoneStep, doc: Doc, t: Translate, locale: Locale, timeZone: string): string | null {
  const reviewing = doc.workingState === 'in_review' && doc.reviewStep !== null;
  const next = () => {
    const role = doc.chain[doc.reviewStep! - 1];
    return { step: doc.reviewStep!, steps: doc.chain.length, role: role ? roleLabel(t, role) : '' };
  };
  switch (step) {
    case 'submit':
      return reviewing ? t('feedback.submit', next()) : null;
    case 'approve':
      if (reviewing) return t('feedback.approveNext', next());
      return doc.workingState === 'approved' ? t('feedback.approveFinal') : null;
    case 'request_changes':
      return doc.workingState === 'draft' ? t('feedback.requestChanges') : null;
    case 'publish':
      if (doc.publicationState !== 'published') return null;
      if (doc.kind === 'minutes') return t('minutes.issued');
      return t(doc.visibility === 'public' ? 'feedback.publish' : 'feedback.publishInternal');
    case 'schedule':
      return doc.workingState === 'scheduled' && doc.scheduledFor
        ? t('feedback.schedule', { time: formatDateTime(doc.scheduledFor, locale, timeZone) })
        : null;
    case 'unschedule':
      return doc.workingState === 'approved' ? t('feedback.unschedule') : null;
    case 'withdraw':
      return doc.publicationState === 'withdrawn' ? t('feedback.withdraw') : null;
    case 'recall':
      return doc.workingState === 'draft' ? t('feedback.recall') : null;
  }
}

/**
 * What the step just taken did and what comes next, announced once the page has redrawn (the form that
 * took the step is gone by then). After a publication it links to the public page, in the release's own
 * language edition of the site.
 */
export function StepDoneBanner({
  step,
  doc,
  published,
  t,
  locale,
  timeZone,
}: {
  step: DoneStep | null;
  doc: Doc;
  /** The release as the public reads it, when it is published. */
  published: PublicRelease | null;
  t: Translate;
  locale: Locale;
  timeZone: string;
}) {
  const message = step ? outcome(step, doc, t, locale, timeZone) : null;
  if (!message) return null;
  return (
    <div
      role="status"
      data-testid="step-done"
      className="mb-6 rounded border border-success-line bg-success-soft p-3 text-sm text-success"
    >
      <p>{message}</p>
      {step === 'publish' && published ? (
        <p className="mt-1">
          <Link
            href={localePath(published.language, releasePath(published))}
            className="font-medium text-link underline"
          >
            {t('feedback.publicLink')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
