import { approveStep } from '@/actions/approve-step';
import { publishDocument } from '@/actions/publish-document';
import { requestChanges } from '@/actions/request-changes';
import { ActionForm } from '@/components/ui/action-form';
import { TextArea } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDetail } from '@/data/documents';
import type { Role } from '@/domain/vocabulary';
import type { Translate } from '@/messages';

/**
 * The buttons a reviewer or leader may press on this document. They are only a convenience: the server
 * checks every one of them again.
 */
export function ReviewActions({
  doc,
  roles,
  t,
}: {
  doc: DocumentDetail;
  roles: readonly Role[];
  t: Translate;
}) {
  const stepRole = doc.reviewStep ? doc.chain[doc.reviewStep - 1] : undefined;
  const canReview = doc.workingState === 'in_review' && stepRole !== undefined && roles.includes(stepRole);
  const canPublish = doc.workingState === 'approved' && roles.includes('leader');
  if (!doc.current || (!canReview && !canPublish)) return null;
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-2">
      {canReview ? (
        <>
          <ActionForm
            action={approveStep}
            className="rounded border border-slate-300 bg-white p-4"
            aria-label={t('review.approve')}
          >
            <input type="hidden" name="documentId" value={doc.id} />
            <input type="hidden" name="revisionId" value={doc.current.id} />
            <TextArea name="comment" label={`${t('review.comment')} (${t('common.optional')})`} rows={2} />
            <SubmitButton pendingLabel={t('review.approving')}>{t('review.approve')}</SubmitButton>
          </ActionForm>
          <ActionForm
            action={requestChanges}
            className="rounded border border-slate-300 bg-white p-4"
            aria-label={t('review.requestChanges')}
          >
            <input type="hidden" name="documentId" value={doc.id} />
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
      {canPublish ? (
        <ActionForm
          action={publishDocument}
          confirm={t('review.confirmPublish')}
          className="rounded border border-slate-300 bg-white p-4"
          aria-label={t('review.publish')}
        >
          <input type="hidden" name="documentId" value={doc.id} />
          <SubmitButton pendingLabel={t('review.publishing')}>{t('review.publish')}</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
