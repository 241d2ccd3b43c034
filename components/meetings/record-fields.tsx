import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import type { AgendaItemDto, DecisionDto } from '@/data/meetings';
import { pairOf } from '@/domain/shown-value';
import {
  AGENDA_ITEM_KINDS,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  type ContentLanguage,
} from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';
import { BilingualField } from './bilingual-field';
import { localizedText } from './localized-value';

// What a release quotes of an agenda item or a decision is written in both languages, the body's original
// language first; the rest (kind, presenter, notes, outcome) is one value.

/** The fields of an agenda item, empty for a new one or filled for an edit. */
export function AgendaItemFields({
  item,
  original,
  t,
}: {
  item?: AgendaItemDto;
  original: ContentLanguage;
  t: Translate;
}) {
  return (
    <>
      <SelectField
        name="kind"
        label={t('agenda.field.kind')}
        defaultValue={item?.kind ?? 'deliberate_document'}
        options={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`agenda.kind.${k}` as MessageKey) }))}
      />
      <BilingualField
        name="title"
        label="agenda.field.title"
        original={original}
        values={item && pairOf(item, 'title')}
        t={t}
      />
      <TextField name="presenter" label={t('agenda.field.presenter')} defaultValue={item?.presenter} />
      <BilingualField
        name="stressed"
        label="agenda.field.stressed"
        hint="agenda.field.stressedHint"
        original={original}
        values={item && pairOf(item, 'stressed')}
        rows={4}
        t={t}
      />
      <TextArea name="notes" label={t('agenda.field.notes')} rows={2} defaultValue={item?.notes} />
    </>
  );
}

/** The fields of a decision, empty for a new one or filled for an edit. */
export function DecisionFields({
  decision,
  agendaItems,
  original,
  locale,
  t,
}: {
  decision?: DecisionDto;
  agendaItems: AgendaItemDto[];
  original: ContentLanguage;
  locale: Locale;
  t: Translate;
}) {
  return (
    <>
      <BilingualField
        name="title"
        label="decisions.field.title"
        hint={{ en: 'decisions.field.titleHint', zh: 'bilingual.decisionTitleHint' }}
        original={original}
        values={decision && pairOf(decision, 'title')}
        rows={2}
        t={t}
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
          ...agendaItems.map((i) => ({
            value: String(i.id),
            label: localizedText(pairOf(i, 'title'), locale),
          })),
        ]}
      />
      <BilingualField
        name="emphasis"
        label="decisions.field.emphasis"
        hint="decisions.field.emphasisHint"
        original={original}
        values={decision && pairOf(decision, 'emphasis')}
        rows={4}
        t={t}
      />
    </>
  );
}
