import { ordinal } from '@/domain/ordinal';
import type { Role } from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';

/** "25th Executive Meeting" in the reader's language. */
export function meetingTitle(
  t: Translate,
  locale: Locale,
  m: { sessionNumber: number; meetingName: string },
) {
  return t('meetings.designation', { ordinal: ordinal(m.sessionNumber, locale), meetingName: m.meetingName });
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

export const roleLabel = (t: Translate, role: Role) => t(`roles.${role}` as MessageKey);
