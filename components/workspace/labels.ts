import { ordinal } from '@/domain/ordinal';
import type { Role } from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';

/**
 * "25th Executive Meeting" / "第25次常务会议" in the reader's language: the body's meeting name in that
 * language when the records have it, else the other language's.
 */
export function meetingTitle(
  t: Translate,
  locale: Locale,
  m: { sessionNumber: number; meetingName: string; meetingNameZh?: string },
) {
  const name = locale === 'zh' ? m.meetingNameZh || m.meetingName : m.meetingName || (m.meetingNameZh ?? '');
  return t('meetings.designation', { ordinal: ordinal(m.sessionNumber, locale), meetingName: name });
}

/** A document's working state, with the review step and the role that signs it while in review. */
export function workingStateLabel(
  t: Translate,
  doc: { workingState: string; reviewStep: number | null; chain?: Role[] },
) {
  if (doc.workingState === 'in_review' && doc.reviewStep && doc.chain) {
    const role = doc.chain[doc.reviewStep - 1];
    return t('documents.state.in_review_step', {
      step: doc.reviewStep,
      steps: doc.chain.length,
      role: role ? t(`roles.${role}` as MessageKey) : '',
    });
  }
  return t(`documents.state.${doc.workingState}` as MessageKey);
}

export const publicationLabel = (t: Translate, publication: string) =>
  t(`documents.publication.${publication}` as MessageKey);

/**
 * A document's status in one phrase: its working state, with its publication only where that adds to it —
 * "Published", "In review, step 1 of 2 (Reviewer)", "Draft · the published text stays live", "Draft ·
 * Withdrawn" — never "Published · Published".
 */
export function statusLabel(
  t: Translate,
  doc: { workingState: string; reviewStep: number | null; chain?: Role[]; publicationState: string },
) {
  const working = workingStateLabel(t, doc);
  if (doc.workingState === 'published' || doc.publicationState === 'none') return working;
  if (doc.publicationState === 'published')
    return t('documents.status.publishedStaysLive', { state: working });
  return `${working} · ${publicationLabel(t, doc.publicationState)}`;
}

export const roleLabel = (t: Translate, role: Role) => t(`roles.${role}` as MessageKey);
