import { recallDocument } from '@/actions/recall-document';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDetail } from '@/data/documents';
import type { Translate } from '@/messages';

/**
 * In place of the editor while a text is in review or approved: the one way to change it is to take it back
 * from review, which asks first (the approvals given lapse).
 */
export function RecallForm({ doc, t }: { doc: Pick<DocumentDetail, 'id' | 'may'>; t: Translate }) {
  if (!doc.may.recall) return null;
  return (
    <ActionForm
      action={recallDocument}
      confirm={t('documents.confirmRecall')}
      aria-label={t('documents.recall')}
      className="rounded border border-line bg-surface p-4"
    >
      <input type="hidden" name="documentId" value={doc.id} />
      <p className="mb-3 text-sm text-ink">{t('documents.recallHint')}</p>
      <SubmitButton variant="secondary" pendingLabel={t('documents.recalling')}>
        {t('documents.recall')}
      </SubmitButton>
    </ActionForm>
  );
}
