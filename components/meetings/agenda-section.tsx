import { addAgendaItem } from '@/actions/add-agenda-item';
import { moveAgendaItem } from '@/actions/move-agenda-item';
import { removeAgendaItem } from '@/actions/remove-agenda-item';
import { updateAgendaItem } from '@/actions/update-agenda-item';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AgendaItemDto } from '@/data/meetings';
import { agendaItemAnchor } from '@/domain/record-edit-target';
import { pairOf } from '@/domain/shown-value';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Locale, MessageKey, Translate } from '@/messages';
import { LocalizedValue, localizedText } from './localized-value';
import { AddRecordPanel } from './add-record-panel';
import { AgendaItemFields } from './record-fields';
import { RecordRowActions } from './record-row-actions';

type Props = {
  meetingId: number;
  items: AgendaItemDto[];
  editable: boolean;
  /** The body's original language, whose inputs come first. */
  original: ContentLanguage;
  /** The item whose edit form is open (a link from the list of what a release still lacks). */
  editing?: number;
  locale: Locale;
  t: Translate;
};

export function AgendaSection({ meetingId, items, editable, original, editing, locale, t }: Props) {
  return (
    <section aria-labelledby="agenda-heading" className="mb-10">
      <h2 id="agenda-heading" className="mb-3 text-xl font-semibold">
        {t('agenda.title')}
      </h2>
      {items.length === 0 ? (
        <p className="text-muted">{t('agenda.empty')}</p>
      ) : (
        <ol className="list-decimal space-y-3 pl-6">
          {items.map((item, i) => (
            <li
              key={item.id}
              id={agendaItemAnchor(item.id)}
              className="rounded border border-line-subtle bg-surface p-3"
            >
              <p className="font-medium">
                <LocalizedValue values={pairOf(item, 'title')} locale={locale} t={t} />
              </p>
              <p className="text-sm text-muted">
                {t(`agenda.kind.${item.kind}` as MessageKey)}
                {item.presenter ? ` · ${item.presenter}` : ''}
              </p>
              {item.stressed || item.stressedZh ? (
                <p className="mt-2 line-clamp-3 text-sm">
                  <LocalizedValue values={pairOf(item, 'stressed')} locale={locale} t={t} />
                </p>
              ) : null}
              {editable ? (
                <RecordRowActions
                  meetingId={meetingId}
                  id={item.id}
                  idField="itemId"
                  title={localizedText(pairOf(item, 'title'), locale)}
                  first={i === 0}
                  last={i === items.length - 1}
                  move={moveAgendaItem}
                  remove={removeAgendaItem}
                  edit={updateAgendaItem}
                  editOpen={editing === item.id}
                  editFields={<AgendaItemFields item={item} original={original} t={t} />}
                  t={t}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <AddRecordPanel label={t('agenda.add')} added={t('records.agendaItemAdded')} action={addAgendaItem}>
          <input type="hidden" name="meetingId" value={meetingId} />
          <AgendaItemFields original={original} t={t} />
          <SubmitButton pendingLabel={t('common.adding')}>{t('agenda.add')}</SubmitButton>
        </AddRecordPanel>
      ) : null}
    </section>
  );
}
