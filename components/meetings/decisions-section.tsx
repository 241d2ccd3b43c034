import { addDecision } from '@/actions/add-decision';
import { removeDecision } from '@/actions/remove-decision';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextArea } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AgendaItemDto, DecisionDto } from '@/data/meetings';
import { DECISION_KINDS, DECISION_OUTCOMES } from '@/domain/vocabulary';
import type { MessageKey, Translate } from '@/messages';

type Props = {
  meetingId: number;
  decisions: DecisionDto[];
  agendaItems: AgendaItemDto[];
  editable: boolean;
  t: Translate;
};

export function DecisionsSection({ meetingId, decisions, agendaItems, editable, t }: Props) {
  return (
    <section aria-labelledby="decisions-heading" className="mb-10">
      <h2 id="decisions-heading" className="mb-3 text-xl font-semibold">
        {t('decisions.title')}
      </h2>
      {decisions.length === 0 ? (
        <p className="text-slate-700">{t('decisions.empty')}</p>
      ) : (
        <ol className="list-decimal space-y-3 pl-6">
          {decisions.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 bg-white p-3">
              <div className="flex items-start justify-between gap-4">
                <div>
                  <p className="font-medium">{d.title}</p>
                  <p className="text-sm text-slate-700">
                    {t(`decisions.kind.${d.kind}` as MessageKey)} ·{' '}
                    {t(`decisions.outcome.${d.outcome}` as MessageKey)}
                  </p>
                </div>
                {editable ? (
                  <ActionForm action={removeDecision} confirm={t('common.confirmRemove', { title: d.title })}>
                    <input type="hidden" name="meetingId" value={meetingId} />
                    <input type="hidden" name="decisionId" value={d.id} />
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
          <summary className="cursor-pointer font-medium">{t('decisions.add')}</summary>
          <ActionForm action={addDecision} className="mt-4" aria-label={t('decisions.add')}>
            <input type="hidden" name="meetingId" value={meetingId} />
            <TextArea
              name="title"
              label={t('decisions.field.title')}
              hint={t('decisions.field.titleHint')}
              rows={2}
              required
            />
            <SelectField
              name="kind"
              label={t('decisions.field.kind')}
              defaultValue="measures"
              options={DECISION_KINDS.map((k) => ({
                value: k,
                label: t(`decisions.kind.${k}` as MessageKey),
              }))}
            />
            <SelectField
              name="outcome"
              label={t('decisions.field.outcome')}
              defaultValue="adopted"
              options={DECISION_OUTCOMES.map((o) => ({
                value: o,
                label: t(`decisions.outcome.${o}` as MessageKey),
              }))}
            />
            <SelectField
              name="agendaItemId"
              label={t('decisions.field.agendaItem')}
              defaultValue=""
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
            />
            <SubmitButton pendingLabel={t('common.adding')}>{t('decisions.add')}</SubmitButton>
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
