import { saveCatalogue } from '@/actions/save-catalogue';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { IssuedPanel } from '@/data/issued-panel';
import { DISCLOSURES } from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';

type Props = {
  documentId: number;
  baseRevisionId: number | null;
  panel: IssuedPanel;
  locale: Locale;
  t: Translate;
};

/** The catalogue fields of an issued document in draft: saved as a revision of their own. */
export function CatalogueForm({ documentId, baseRevisionId, panel, locale, t }: Props) {
  const c = panel.catalogue;
  return (
    <ActionForm
      action={saveCatalogue}
      aria-label={t('issued.catalogue.title')}
      className="grid gap-x-6 sm:grid-cols-2"
    >
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="baseRevisionId" value={baseRevisionId ?? ''} />
      <TextField name="issuingBody" label={t('issued.field.issuingBody')} defaultValue={c.issuingBody} />
      <TextField
        name="documentNumber"
        label={t('issued.field.documentNumber')}
        hint={t('issued.field.documentNumberHint')}
        defaultValue={c.documentNumber}
      />
      <TextField
        name="writtenOn"
        type="date"
        label={t('issued.field.writtenOn')}
        defaultValue={c.writtenOn ?? ''}
      />
      <TextField
        name="effectiveOn"
        type="date"
        label={t('issued.field.effectiveOn')}
        defaultValue={c.effectiveOn ?? ''}
      />
      <TextField
        name="validUntil"
        type="date"
        label={t('issued.field.validUntil')}
        defaultValue={c.validUntil ?? ''}
      />
      <SelectField
        name="categoryId"
        label={t('issued.field.category')}
        defaultValue={c.categoryId === null ? '' : String(c.categoryId)}
        options={[
          { value: '', label: t('issued.field.noCategory') },
          ...panel.categories.map((cat) => ({
            value: String(cat.id),
            label: locale === 'zh' ? cat.nameZh || cat.name : cat.name,
          })),
        ]}
      />
      <SelectField
        name="disclosure"
        label={t('issued.field.disclosure')}
        defaultValue={c.disclosure}
        options={DISCLOSURES.map((d) => ({ value: d, label: t(`issued.disclosure.${d}` as MessageKey) }))}
      />
      <TextArea
        name="disclosureReason"
        rows={2}
        label={t('issued.field.disclosureReason')}
        defaultValue={c.disclosureReason}
      />
      <SelectField
        name="changesDocumentId"
        label={t('issued.field.changes')}
        defaultValue={c.changesDocumentId === null ? '' : String(c.changesDocumentId)}
        options={[
          { value: '', label: t('issued.field.changesNone') },
          ...panel.changeTargets.map((d) => ({ value: String(d.id), label: d.headline })),
        ]}
      />
      <SelectField
        name="changeKind"
        label={t('issued.field.changeKind')}
        defaultValue={c.changeKind ?? ''}
        options={[
          { value: '', label: t('issued.field.changesNone') },
          { value: 'amends', label: t('issued.change.amends') },
          { value: 'repeals', label: t('issued.change.repeals') },
        ]}
      />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t('issued.catalogue.saving')}>{t('issued.catalogue.save')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
