import { addAgendaItem } from '@/actions/add-agenda-item';
import { moveAgendaItem } from '@/actions/move-agenda-item';
import { removeAgendaItem } from '@/actions/remove-agenda-item';
import { updateAgendaItem } from '@/actions/update-agenda-item';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AgendaItemDto } from '@/data/meetings';
import type { MessageKey, Translate } from '@/messages';
import { AgendaItemFields } from './record-fields';
import { RecordRowActions } from './record-row-actions';

type Props = { meetingId: number; items: AgendaItemDto[]; editable: boolean; t: Translate };

export function AgendaSection({ meetingId, items, editable, t }: Props) {
  return (
    <section aria-labelledby="agenda-heading" className="mb-10">
      <h2 id="agenda-heading" className="mb-3 text-xl font-semibold">
        {t('agenda.title')}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700">{t('agenda.empty')}</p>
      ) : (
        <ol className="list-decimal space-y-3 pl-6">
          {items.map((item, i) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-medium">{item.title}</p>
              <p className="text-sm text-slate-700">
                {t(`agenda.kind.${item.kind}` as MessageKey)}
                {item.presenter ? ` · ${item.presenter}` : ''}
              </p>
              {item.stressed ? <p className="mt-2 line-clamp-3 text-sm">{item.stressed}</p> : null}
              {editable ? (
                <RecordRowActions
                  meetingId={meetingId}
                  id={item.id}
                  idField="itemId"
                  title={item.title}
                  first={i === 0}
                  last={i === items.length - 1}
                  move={moveAgendaItem}
                  remove={removeAgendaItem}
                  edit={updateAgendaItem}
                  editFields={<AgendaItemFields item={item} t={t} />}
                  t={t}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <details className="mt-4 rounded border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t('agenda.add')}</summary>
          <ActionForm action={addAgendaItem} className="mt-4" aria-label={t('agenda.add')}>
            <input type="hidden" name="meetingId" value={meetingId} />
            <AgendaItemFields t={t} />
            <SubmitButton pendingLabel={t('common.adding')}>{t('agenda.add')}</SubmitButton>
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
