import { approveStep } from '@/actions/approve-step';
import { publishDocument } from '@/actions/publish-document';
import { requestChanges } from '@/actions/request-changes';
import { scheduleDocument } from '@/actions/schedule-document';
import { unscheduleDocument } from '@/actions/unschedule-document';
import { withdrawDocument } from '@/actions/withdraw-document';
import { ActionForm } from '@/components/ui/action-form';
import { TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDetail } from '@/data/documents';
import type { Mismatch } from '@/domain/release-consistency';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';
import { ConfidentialityField } from './confidentiality-field';
import { OverrideField } from './override-field';

const panel = 'rounded border border-line bg-surface p-4';

/** What the page says of a release's counterpart in the other language. */
export type CounterpartFacts = {
  /** An original: the language of its published translation, which withdrawing may take down too. */
  publishedTranslation: ContentLanguage | null;
  /** A translation: the language of its original, when publishing must wait for it. */
  waitingForOriginal: ContentLanguage | null;
};

/**
 * The buttons a reviewer or leader may press on this document (doc.may, from the data layer). They are only
 * a convenience: the server checks every one of them again.
 */
export function ReviewActions({
  doc,
  t,
  timeZone,
  counterpart = { publishedTranslation: null, waitingForOriginal: null },
  findings = [],
  carriesStatement = false,
}: {
  doc: DocumentDetail;
  t: Translate;
  timeZone: string;
  counterpart?: CounterpartFacts;
  /** What the consistency check finds in the text now: approving it then needs a reason. */
  findings?: Mismatch[];
  /** The step to sign carries the confidentiality statement: its signer confirms it. */
  carriesStatement?: boolean;
}) {
  const { may } = doc;
  if (!doc.current || !(may.review || may.publish || may.schedule || may.unschedule || may.withdraw))
    return null;
  const hidden = <input type="hidden" name="documentId" value={doc.id} />;
  // Minutes are issued (印发) to their units, under a number, not published.
  const minutes = doc.kind === 'minutes';
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-2">
      {may.review ? (
        <>
          <ActionForm action={approveStep} className={panel} aria-label={t('review.approve')}>
            {hidden}
            <input type="hidden" name="revisionId" value={doc.current.id} />
            <TextArea name="comment" label={`${t('review.comment')} (${t('common.optional')})`} rows={2} />
            <OverrideField findings={findings} t={t} />
            {carriesStatement ? <ConfidentialityField t={t} /> : null}
            <SubmitButton pendingLabel={t('review.approving')}>{t('review.approve')}</SubmitButton>
          </ActionForm>
          <ActionForm action={requestChanges} className={panel} aria-label={t('review.requestChanges')}>
            {hidden}
            <TextArea
              name="comment"
              label={t('review.comment')}
              hint={t('review.commentHint')}
              rows={2}
              required
            />
            <SubmitButton variant="danger" pendingLabel={t('review.requesting')}>
              {t('review.requestChanges')}
            </SubmitButton>
          </ActionForm>
        </>
      ) : null}
      {may.publish ? (
        <ActionForm
          action={publishDocument}
          confirm={t(minutes ? 'minutes.confirmIssue' : 'review.confirmPublish')}
          className={panel}
          aria-label={t(minutes ? 'minutes.issue' : 'review.publish')}
        >
          {hidden}
          {counterpart.waitingForOriginal ? (
            // Left pressable: the server's refusal says the same, and the original may be published meanwhile.
            <p
              className="mb-3 rounded border border-warning-line bg-warning-soft p-2 text-sm"
              id="publish-waits"
            >
              {t('bilingual.publishWaits', { language: t(`language.${counterpart.waitingForOriginal}`) })}
            </p>
          ) : null}
          {doc.firstPublishedAt ? (
            <TextArea
              name="correctionNote"
              label={t('documents.correctionNote')}
              hint={t('documents.correctionNoteHint')}
              rows={2}
            />
          ) : null}
          <SubmitButton pendingLabel={t(minutes ? 'minutes.issuing' : 'review.publishing')}>
            {t(minutes ? 'minutes.issue' : 'review.publish')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {may.schedule ? (
        <ActionForm action={scheduleDocument} className={panel} aria-label={t('review.schedule')}>
          {hidden}
          <TextField
            name="at"
            type="datetime-local"
            label={t('review.scheduleAt', { zone: timeZone })}
            required
          />
          <SubmitButton variant="secondary" pendingLabel={t('review.scheduling')}>
            {t('review.schedule')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {may.unschedule ? (
        <ActionForm action={unscheduleDocument} className={panel} aria-label={t('review.unschedule')}>
          {hidden}
          <SubmitButton variant="secondary" pendingLabel={t('review.unscheduling')}>
            {t('review.unschedule')}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {may.withdraw ? (
        <ActionForm
          action={withdrawDocument}
          confirm={t('review.confirmWithdraw')}
          className={panel}
          aria-label={t('review.withdraw')}
        >
          {hidden}
          <TextArea name="reason" label={t('review.withdrawReason')} rows={2} required />
          {counterpart.publishedTranslation ? (
            <label className="mb-4 flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="withTranslation"
                value="on"
                defaultChecked
                className="mt-0.5 h-4 w-4"
              />
              {t('review.withdrawTranslationToo', {
                language: t(`language.${counterpart.publishedTranslation}`),
              })}
            </label>
          ) : null}
          <SubmitButton variant="danger" pendingLabel={t('review.withdrawing')}>
            {t('review.withdraw')}
          </SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
