import { addUnit } from '@/actions/add-unit';
import { updateUnit } from '@/actions/update-unit';
import { BilingualField } from '@/components/meetings/bilingual-field';
import { LocalizedValue, localizedText } from '@/components/meetings/localized-value';
import { ActionForm } from '@/components/ui/action-form';
import { SubmitButton } from '@/components/ui/submit-button';
import type { UnitDto } from '@/data/body-directory';
import { pairOf } from '@/domain/shown-value';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';

type Props = {
  bodyId: number;
  units: UnitDto[];
  /** The body's original language, whose input comes first. */
  original: ContentLanguage;
  locale: Locale;
  t: Translate;
};

/** A body's units: each with a form to rename it, then a form to add one. */
export function DirectoryUnits({ bodyId, units, original, locale, t }: Props) {
  return (
    <section aria-labelledby="units-heading" className="mb-10">
      <h2 id="units-heading" className="mb-3 text-xl font-semibold">
        {t('directory.units')}
      </h2>
      {units.length === 0 ? (
        <p className="mb-4 text-muted">{t('directory.unitsEmpty')}</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {units.map((unit) => {
            const name = localizedText(pairOf(unit, 'name'), locale);
            return (
              <li key={unit.id} className="rounded border border-line-subtle bg-surface p-3">
                <p className="font-medium">
                  <LocalizedValue values={pairOf(unit, 'name')} locale={locale} t={t} />
                </p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-link underline">
                    {t('directory.renameUnit', { name })}
                  </summary>
                  <ActionForm
                    action={updateUnit}
                    className="mt-3 max-w-xl"
                    aria-label={t('directory.renameUnit', { name })}
                  >
                    <input type="hidden" name="unitId" value={unit.id} />
                    <BilingualField
                      name="name"
                      label="directory.unitName"
                      original={original}
                      values={pairOf(unit, 'name')}
                      t={t}
                    />
                    <SubmitButton pendingLabel={t('common.saving')}>{t('directory.saveUnit')}</SubmitButton>
                  </ActionForm>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <ActionForm
        action={addUnit}
        className="max-w-xl rounded border border-line bg-surface p-4"
        aria-label={t('directory.addUnit')}
      >
        <h3 className="mb-3 font-semibold">{t('directory.addUnit')}</h3>
        <input type="hidden" name="bodyId" value={bodyId} />
        <BilingualField name="name" label="directory.unitName" original={original} t={t} />
        <SubmitButton pendingLabel={t('common.adding')}>{t('directory.addUnit')}</SubmitButton>
      </ActionForm>
    </section>
  );
}
