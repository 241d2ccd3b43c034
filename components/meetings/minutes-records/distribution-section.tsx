import { setMinutesDistribution } from '@/actions/set-minutes-distribution';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { UnitDto } from '@/data/body-directory';
import type { MinutesRecordsDto } from '@/data/minutes-records';
import { DISTRIBUTION_CHOICES, distributionChoiceOf } from '@/domain/minutes-record-inputs';
import { MINUTES_CLASSIFICATIONS } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';
import { unitName } from './directory-names';

type Props = {
  meetingId: number;
  distribution: MinutesRecordsDto['distribution'];
  classification: MinutesRecordsDto['classification'];
  units: UnitDto[];
  editable: boolean;
  locale: Locale;
  t: Translate;
};

/** The units the issued minutes go to (主送 / 抄送) and how closely they are held, saved together. */
export function DistributionSection({
  meetingId,
  distribution,
  classification,
  units,
  editable,
  locale,
  t,
}: Props) {
  const classificationOptions = MINUTES_CLASSIFICATIONS.map((c) => ({
    value: c,
    label: t(`minutesRecords.classification.${c}`),
  }));
  const names = (kind: 'main' | 'cc') =>
    distribution
      .filter((d) => d.kind === kind)
      .map((d) => unitName(units, d.unitId, locale))
      .join(locale === 'zh' ? '、' : ', ');
  return (
    <section aria-labelledby="distribution-heading" className="mb-10">
      <h2 id="distribution-heading" className="mb-1 text-xl font-semibold">
        {t('minutesRecords.distribution.title')}
      </h2>
      <p className="mb-3 text-sm text-muted">{t('minutesRecords.distribution.hint')}</p>
      {editable && units.length > 0 ? (
        <ActionForm
          action={setMinutesDistribution}
          className="max-w-2xl rounded border border-line bg-surface p-4"
          aria-label={t('minutesRecords.distribution.title')}
        >
          <input type="hidden" name="meetingId" value={meetingId} />
          <fieldset className="mb-2">
            <legend className="mb-2 text-sm font-medium text-ink">
              {t('minutesRecords.distribution.units')}
            </legend>
            <div className="grid gap-x-6 sm:grid-cols-2">
              {units.map((unit) => (
                <div key={unit.id}>
                  <input type="hidden" name="unitId[]" value={unit.id} />
                  <SelectField
                    name="kind[]"
                    label={unitName(units, unit.id, locale)}
                    defaultValue={distributionChoiceOf(distribution, unit.id)}
                    options={DISTRIBUTION_CHOICES.map((choice) => ({
                      value: choice,
                      label: t(`minutesRecords.distribution.${choice}`),
                    }))}
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <SelectField
            name="classification"
            label={t('minutesRecords.classification')}
            hint={t('minutesRecords.classification.hint')}
            defaultValue={classification}
            options={classificationOptions}
          />
          <SubmitButton pendingLabel={t('common.saving')}>
            {t('minutesRecords.distribution.save')}
          </SubmitButton>
        </ActionForm>
      ) : (
        <div className="space-y-1 text-sm">
          {distribution.length === 0 ? <p>{t('minutesRecords.distribution.empty')}</p> : null}
          {names('main') ? (
            <p>{t('minutesRecords.distribution.mainList', { units: names('main') })}</p>
          ) : null}
          {names('cc') ? <p>{t('minutesRecords.distribution.ccList', { units: names('cc') })}</p> : null}
          <p>
            {t('minutesRecords.classification.shown', {
              classification: t(`minutesRecords.classification.${classification}`),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
