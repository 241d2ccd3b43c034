import { createFollowUpItem } from '@/actions/create-follow-up-item';
import { localizedText } from '@/components/meetings/localized-value';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { REPORT_CYCLES } from '@/domain/follow-up';
import type { Locale, Translate } from '@/messages';
import { unitName } from './follow-up-table';

type Titled = { id: number; title: string; titleZh: string };

/** The secretariat's form for an item taken from one of the meeting's decisions or agenda items. */
export function NewFollowUpItemForm({
  meetingId,
  decisions,
  agendaItems,
  units,
  locale,
  t,
}: {
  meetingId: number;
  decisions: Titled[];
  agendaItems: Titled[];
  units: { id: number; name: string; nameZh: string }[];
  locale: Locale;
  t: Translate;
}) {
  const title = (r: Titled) => localizedText({ en: r.title, zh: r.titleZh }, locale);
  if (units.length === 0) return <p className="text-muted">{t('followUp.create.noUnits')}</p>;
  const unitOptions = units.map((u) => ({ value: String(u.id), label: unitName(u, locale) }));
  return (
    <section aria-labelledby="new-item-heading" className="mb-8 rounded border border-line bg-surface p-4">
      <h2 id="new-item-heading" className="mb-1 text-lg font-semibold">
        {t('followUp.create.heading')}
      </h2>
      <p className="mb-4 text-sm text-muted">{t('followUp.create.intro')}</p>
      <ActionForm action={createFollowUpItem} aria-label={t('followUp.create.heading')}>
        <input type="hidden" name="meetingId" value={meetingId} />
        <SelectField
          name="from"
          label={t('followUp.create.from')}
          required
          options={[
            ...decisions.map((d) => ({
              value: `decision:${d.id}`,
              label: t('followUp.create.decision', { title: title(d) }),
            })),
            ...agendaItems.map((a) => ({
              value: `agenda:${a.id}`,
              label: t('followUp.create.agendaItem', { title: title(a) }),
            })),
          ]}
        />
        <div className="grid gap-x-4 md:grid-cols-2">
          <TextField name="taskZh" lang="zh" label={t('followUp.create.taskZh')} />
          <TextField name="task" lang="en" label={t('followUp.create.task')} />
          <SelectField
            name="leadUnitId"
            label={t('followUp.create.leadUnit')}
            required
            options={[{ value: '', label: '—' }, ...unitOptions]}
          />
          <TextField name="deadline" type="date" label={t('followUp.create.deadline')} />
          <TextField name="responsibleLeader" label={t('followUp.item.leader')} />
          <SelectField
            name="reportCycle"
            label={t('followUp.item.cycle')}
            defaultValue="none"
            options={REPORT_CYCLES.map((c) => ({ value: c, label: t(`followUp.cycle.${c}`) }))}
          />
        </div>
        <CheckboxGroup name="coUnitIds[]" legend={t('followUp.create.coUnits')} options={unitOptions} />
        <CheckboxGroup
          name="disclosed"
          legend={t('followUp.item.disclosed')}
          options={[{ value: 'on', label: t('followUp.item.yes') }]}
        />
        <SubmitButton pendingLabel={t('followUp.create.submitting')}>
          {t('followUp.create.submit')}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
