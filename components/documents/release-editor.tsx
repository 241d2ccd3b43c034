import { draftReleaseFromRecords } from '@/actions/draft-release-from-records';
import { saveRevision } from '@/actions/save-revision';
import { submitForReview } from '@/actions/submit-for-review';
import { ActionForm } from '@/components/ui/action-form';
import { TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { DocumentDetail } from '@/data/documents';
import type { Translate } from '@/messages';

type Props = { doc: DocumentDetail; canEdit: boolean; canSubmit: boolean; t: Translate };

export function ReleaseEditor({ doc, canEdit, canSubmit, t }: Props) {
  const base = doc.current?.id ?? '';
  return (
    <div className="space-y-6">
      {canEdit ? (
        <ActionForm
          action={draftReleaseFromRecords}
          confirm={doc.current ? t('documents.confirmRedraft') : undefined}
          aria-label={t('documents.draftFromRecords')}
        >
          <input type="hidden" name="documentId" value={doc.id} />
          <input type="hidden" name="baseRevisionId" value={base} />
          <SubmitButton variant="secondary" pendingLabel={t('documents.drafting')}>
            {t('documents.draftFromRecords')}
          </SubmitButton>
        </ActionForm>
      ) : null}

      {canEdit ? (
        // After each save React resets the form to its defaults: the saved text and the new base revision
        // on success, the user's own text (handed back by the action) on a refusal.
        <ActionForm
          action={saveRevision}
          className="rounded border border-slate-300 bg-white p-6"
          aria-label={t('documents.edit')}
        >
          <input type="hidden" name="documentId" value={doc.id} />
          <input type="hidden" name="baseRevisionId" value={base} />
          <TextField
            name="headline"
            label={t('documents.headline')}
            required
            defaultValue={doc.current?.headline ?? ''}
          />
          <TextArea
            name="body"
            label={t('documents.body')}
            hint={t('documents.bodyHint')}
            required
            rows={18}
            defaultValue={doc.current?.body ?? ''}
          />
          <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
        </ActionForm>
      ) : null}

      {canSubmit ? (
        <ActionForm action={submitForReview} aria-label={t('documents.submit')}>
          <input type="hidden" name="documentId" value={doc.id} />
          <SubmitButton pendingLabel={t('documents.submitting')}>{t('documents.submit')}</SubmitButton>
        </ActionForm>
      ) : null}
    </div>
  );
}
