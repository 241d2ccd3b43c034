import { RemoveRecordForm } from './remove-record-form';
import { addAssignment } from '@/actions/add-assignment';
import { recordItemOutcome } from '@/actions/record-item-outcome';
import { removeAssignment } from '@/actions/remove-assignment';
import { BilingualField } from '@/components/meetings/bilingual-field';
import { ActionForm } from '@/components/ui/action-form';
import { CheckboxGroup, SelectField, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { UnitDto } from '@/data/body-directory';
import type { AgendaItemDto } from '@/data/meetings';
import type { AssignmentDto, ItemOutcomeDto } from '@/data/minutes-records';
import { formatCalendarDate } from '@/domain/format';
import { pairOf } from '@/domain/shown-value';
import { ITEM_CONCLUSIONS, type ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';
import { LocalizedValue, localizedText } from '../localized-value';
import { unitName, unitOptions } from './directory-names';

type Props = {
  meetingId: number;
  number: number;
  item: AgendaItemDto;
  outcome: ItemOutcomeDto | undefined;
  assignments: AssignmentDto[];
  units: UnitDto[];
  editable: boolean;
  original: ContentLanguage;
  locale: Locale;
  t: Translate;
};

/** One agenda item's part of the minutes: what was heard or deliberated, the conclusion, and the work assigned. */
export function ItemRecords({
  meetingId,
  number,
  item,
  outcome,
  assignments,
  units,
  editable,
  original,
  locale,
  t,
}: Props) {
  const title = localizedText(pairOf(item, 'title'), locale);
  const headingId = `item-${item.id}-heading`;
  return (
    <li aria-labelledby={headingId} className="rounded border border-line bg-surface p-4">
      <h3 id={headingId} className="mb-3 text-lg font-semibold">
        {number}. <LocalizedValue values={pairOf(item, 'title')} locale={locale} t={t} />
      </h3>
      {editable ? (
        <ActionForm action={recordItemOutcome} aria-label={t('minutesRecords.outcome.form', { title })}>
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="agendaItemId" value={item.id} />
          <BilingualField
            name="deliberation"
            label="minutesRecords.outcome.deliberation"
            original={original}
            values={{ en: outcome?.deliberation ?? '', zh: outcome?.deliberationZh ?? '' }}
            rows={3}
            t={t}
          />
          <SelectField
            name="conclusion"
            label={t('minutesRecords.outcome.conclusion')}
            defaultValue={outcome?.conclusion ?? ''}
            options={[
              { value: '', label: t('minutesRecords.conclusion.none') },
              ...ITEM_CONCLUSIONS.map((c) => ({ value: c, label: t(`minutesRecords.conclusion.${c}`) })),
            ]}
          />
          <SubmitButton pendingLabel={t('common.saving')}>{t('minutesRecords.outcome.save')}</SubmitButton>
        </ActionForm>
      ) : (
        <ReadOnlyOutcome outcome={outcome} locale={locale} t={t} />
      )}
      <h4 id={`item-${item.id}-assignments`} className="mt-6 mb-2 font-medium">
        {t('minutesRecords.assignments.title', { title })}
      </h4>
      {assignments.length === 0 ? (
        <p className="text-sm text-muted">{t('minutesRecords.assignments.none')}</p>
      ) : (
        <ul className="space-y-2" aria-labelledby={`item-${item.id}-assignments`}>
          {assignments.map((a) => (
            <AssignmentRow
              key={a.id}
              meetingId={meetingId}
              assignment={a}
              units={units}
              editable={editable}
              locale={locale}
              t={t}
            />
          ))}
        </ul>
      )}
      {editable && units.length > 0 ? (
        <details className="mt-4 rounded border border-line-subtle p-3">
          <summary className="cursor-pointer text-sm font-medium text-link underline">
            {t('minutesRecords.assignment.add')}
          </summary>
          <ActionForm
            action={addAssignment}
            className="mt-3"
            aria-label={t('minutesRecords.assignment.addTo', { title })}
          >
            <input type="hidden" name="meetingId" value={meetingId} />
            <input type="hidden" name="agendaItemId" value={item.id} />
            <BilingualField
              name="task"
              label="minutesRecords.assignment.task"
              hint={{
                zh: 'minutesRecords.assignment.taskHintZh',
                en: 'minutesRecords.assignment.taskHintEn',
              }}
              original={original}
              rows={2}
              t={t}
            />
            <SelectField
              name="leadUnitId"
              label={t('minutesRecords.assignment.leadUnit')}
              required
              defaultValue=""
              options={[
                { value: '', label: t('minutesRecords.assignment.chooseUnit') },
                ...unitOptions(units, locale),
              ]}
            />
            <CheckboxGroup
              name="coUnitIds[]"
              legend={t('minutesRecords.assignment.coUnits')}
              options={unitOptions(units, locale)}
            />
            <TextField
              name="deadline"
              type="date"
              label={t('minutesRecords.assignment.deadline')}
              hint={t('minutesRecords.assignment.deadlineHint')}
            />
            <SubmitButton pendingLabel={t('common.adding')}>
              {t('minutesRecords.assignment.add')}
            </SubmitButton>
          </ActionForm>
        </details>
      ) : null}
    </li>
  );
}

function ReadOnlyOutcome({
  outcome,
  locale,
  t,
}: {
  outcome: ItemOutcomeDto | undefined;
  locale: Locale;
  t: Translate;
}) {
  const deliberation = outcome ? pairOf(outcome, 'deliberation') : { en: '', zh: '' };
  return (
    <div className="space-y-2">
      {deliberation.en || deliberation.zh ? (
        <p className="whitespace-pre-wrap">
          <LocalizedValue values={deliberation} locale={locale} t={t} />
        </p>
      ) : null}
      <p className="text-sm">
        {t('minutesRecords.outcome.conclusionShown', {
          conclusion: outcome?.conclusion
            ? t(`minutesRecords.conclusion.${outcome.conclusion}`)
            : t('minutesRecords.conclusion.none'),
        })}
      </p>
    </div>
  );
}

function AssignmentRow({
  meetingId,
  assignment,
  units,
  editable,
  locale,
  t,
}: {
  meetingId: number;
  assignment: AssignmentDto;
  units: UnitDto[];
  editable: boolean;
  locale: Locale;
  t: Translate;
}) {
  const task = localizedText(pairOf(assignment, 'task'), locale);
  const coUnits = assignment.coUnitIds.map((id) => unitName(units, id, locale)).filter(Boolean);
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 rounded border border-line-subtle p-3">
      <div>
        <p className="font-medium">
          <LocalizedValue values={pairOf(assignment, 'task')} locale={locale} t={t} />
        </p>
        <p className="text-sm text-ink">
          {t('minutesRecords.assignment.lead', { unit: unitName(units, assignment.leadUnitId, locale) })}
          {coUnits.length > 0
            ? ` · ${t('minutesRecords.assignment.cooperating', { units: coUnits.join(locale === 'zh' ? '、' : ', ') })}`
            : ''}
          {' · '}
          {assignment.deadline ? (
            <time dateTime={assignment.deadline}>
              {t('minutesRecords.assignment.due', { date: formatCalendarDate(assignment.deadline, locale) })}
            </time>
          ) : (
            t('minutesRecords.assignment.noDeadline')
          )}
        </p>
      </div>
      {editable ? (
        <RemoveRecordForm
          action={removeAssignment}
          name={task}
          meetingId={meetingId}
          idField="assignmentId"
          id={assignment.id}
          t={t}
        />
      ) : null}
    </li>
  );
}
