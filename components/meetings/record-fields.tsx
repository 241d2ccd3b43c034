import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import type { AgendaItemDto, DecisionDto } from '@/data/meetings';
import { AGENDA_ITEM_KINDS, DECISION_KINDS, DECISION_OUTCOMES } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

/** The fields of an agenda item, empty for a new one or filled for an edit. */
export function AgendaItemFields({ item, t }: { item?: AgendaItemDto; t: Translate }) {
  return (
    <>
      <SelectField
        name="kind"
        label={t('agenda.field.kind')}
        defaultValue={item?.kind ?? 'deliberate_document'}
        options={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agenda.kind.${k}` as MessageKey) }))}
      />
      <TextField name="title" label={t('agenda.field.title')} required defaultValue={item?.title} />
      <TextField name="presenter" label={t('agenda.field.presenter')} defaultValue={item?.presenter} />
      <TextArea
        name="stressed"
        label={t('agenda.field.stressed')}
        hint={t('agenda.field.stressedHint')}
        rows={4}
        defaultValue={item?.stressed}
      />
      <TextArea name="notes" label={t('agenda.field.notes')} rows={2} defaultValue={item?.notes} />
    </>
  );
}

/** The fields of a decision, empty for a new one or filled for an edit. */
export function DecisionFields({
  decision,
  agendaItems,
  t,
}: {
  decision?: DecisionDto;
  agendaItems: AgendaItemDto[];
  t: Translate;
}) {
  return (
    <>
      <TextArea
        name="title"
        label={t('decisions.field.title')}
        hint={t('decisions.field.titleHint')}
        rows={2}
        required
        defaultValue={decision?.title}
      />
      <SelectField
        name="kind"
        label={t('decisions.field.kind')}
        defaultValue={decision?.kind ?? 'measures'}
        options={DECISION_KINDS.map((k) => ({ value: k, label: t(`decisions.kind.${k}` as MessageKey) }))}
      />
      <SelectField
        name="outcome"
        label={t('decisions.field.outcome')}
        defaultValue={decision?.outcome ?? 'adopted'}
        options={DECISION_OUTCOMES.map((o) => ({
          value: o,
          label: t(`decisions.outcome.${o}` as MessageKey),
        }))}
      />
      <SelectField
        name="agendaItemId"
        label={t('decisions.field.agendaItem')}
        defaultValue={decision?.agendaItemId ? String(decision.agendaItemId) : ''}
        options={[
          { value: '', label: t('common.none') },
          ...agendaItems.map((i) => ({ value: String(i.id), label: i.title })),
        ]}
      />
      <TextArea
        name="emphasis"
        label={t('decisions.field.emphasis')}
        hint={t('decisions.field.emphasisHint')}
        rows={4}
        defaultValue={decision?.emphasis}
      />
    </>
  );
}
