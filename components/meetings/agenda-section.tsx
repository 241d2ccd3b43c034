import { addAgendaItem } from '@/actions/add-agenda-item';
import { removeAgendaItem } from '@/actions/remove-agenda-item';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AgendaItemDto } from '@/data/meetings';
import { AGENDA_ITEM_KINDS } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

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
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-200 bg-white p-3">
              <div className="flex items-start justify-between gap-4">
                <div>
                  <p className="font-medium">{item.title}</p>
                  <p className="text-sm text-slate-700">
                    {t(`agenda.kind.${item.kind}` as MessageKey)}
                    {item.presenter ? ` · ${item.presenter}` : ''}
                  </p>
                  {item.stressed ? <p className="mt-2 line-clamp-3 text-sm">{item.stressed}</p> : null}
                </div>
                {editable ? (
                  <ActionForm
                    action={removeAgendaItem}
                    confirm={t('common.confirmRemove', { title: item.title })}
                  >
                    <input type="hidden" name="meetingId" value={meetingId} />
                    <input type="hidden" name="itemId" value={item.id} />
                    <SubmitButton variant="danger" pendingLabel={t('common.removing')}>
                      {t('common.remove')}
                    </SubmitButton>
                  </ActionForm>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      {editable ? (
        <details className="mt-4 rounded border border-slate-300 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t('agenda.add')}</summary>
          <ActionForm action={addAgendaItem} className="mt-4" aria-label={t('agenda.add')}>
            <input type="hidden" name="meetingId" value={meetingId} />
            <SelectField
              name="kind"
              label={t('agenda.field.kind')}
              defaultValue="deliberate_document"
              options={AGENDA_ITEM_KINDS.map((k) => ({
                value: k,
                label: t(`agenda.kind.${k}` as MessageKey),
              }))}
            />
            <TextField name="title" label={t('agenda.field.title')} required />
            <TextField name="presenter" label={t('agenda.field.presenter')} />
            <TextArea
              name="stressed"
              label={t('agenda.field.stressed')}
              hint={t('agenda.field.stressedHint')}
              rows={4}
            />
            <TextArea name="notes" label={t('agenda.field.notes')} rows={2} />
            <SubmitButton pendingLabel={t('common.adding')}>{t('agenda.add')}</SubmitButton>
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
