import { addPerson } from '@/actions/add-person';
import { updatePerson } from '@/actions/update-person';
import { BilingualField } from '@/components/meetings/bilingual-field';
import { LocalizedValue, localizedText } from '@/components/meetings/localized-value';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { PersonDto, UnitDto } from '@/data/body-directory';
import { pairOf } from '@/domain/shown-value';
import type { ContentLanguage } from '@/domain/vocabulary';
import type { Locale, Translate } from '@/messages';

type Props = {
  bodyId: number;
  people: PersonDto[];
  units: UnitDto[];
  /** The body's original language, whose inputs come first. */
  original: ContentLanguage;
  locale: Locale;
  t: Translate;
};

/** A body's people: name, title and unit of each, with a form to edit them, then a form to add one. */
export function DirectoryPeople({ bodyId, people, units, original, locale, t }: Props) {
  const unitOptions = [
    { value: '', label: t('directory.noUnit') },
    ...units.map((u) => ({ value: String(u.id), label: localizedText(pairOf(u, 'name'), locale) })),
  ];
  const unitById = new Map(units.map((u) => [u.id, u]));
  return (
    <section aria-labelledby="people-heading" className="mb-10">
      <h2 id="people-heading" className="mb-3 text-xl font-semibold">
        {t('directory.people')}
      </h2>
      {people.length === 0 ? (
        <p className="mb-4 text-muted">{t('directory.peopleEmpty')}</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {people.map((person) => {
            const name = localizedText(pairOf(person, 'name'), locale);
            const unit = person.unitId === null ? undefined : unitById.get(person.unitId);
            return (
              <li key={person.id} className="rounded border border-line-subtle bg-surface p-3">
                <p className="font-medium">
                  <LocalizedValue values={pairOf(person, 'name')} locale={locale} t={t} />
                </p>
                {person.title || person.titleZh ? (
                  <p className="text-sm">
                    <LocalizedValue values={pairOf(person, 'title')} locale={locale} t={t} />
                  </p>
                ) : null}
                <p className="text-sm text-muted">
                  {unit
                    ? t('directory.unitOf', { unit: localizedText(pairOf(unit, 'name'), locale) })
                    : t('directory.noUnit')}
                </p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-link underline">
                    {t('directory.editPerson', { name })}
                  </summary>
                  <ActionForm
                    action={updatePerson}
                    className="mt-3 max-w-xl"
                    aria-label={t('directory.editPerson', { name })}
                  >
                    <input type="hidden" name="personId" value={person.id} />
                    <PersonFields person={person} unitOptions={unitOptions} original={original} t={t} />
                    <SubmitButton pendingLabel={t('common.saving')}>{t('directory.savePerson')}</SubmitButton>
                  </ActionForm>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <ActionForm
        action={addPerson}
        className="max-w-xl rounded border border-line bg-surface p-4"
        aria-label={t('directory.addPerson')}
      >
        <h3 className="mb-3 font-semibold">{t('directory.addPerson')}</h3>
        <input type="hidden" name="bodyId" value={bodyId} />
        <PersonFields unitOptions={unitOptions} original={original} t={t} />
        <SubmitButton pendingLabel={t('common.adding')}>{t('directory.addPerson')}</SubmitButton>
      </ActionForm>
    </section>
  );
}

function PersonFields({
  person,
  unitOptions,
  original,
  t,
}: {
  person?: PersonDto;
  unitOptions: { value: string; label: string }[];
  original: ContentLanguage;
  t: Translate;
}) {
  return (
    <>
      <BilingualField
        name="name"
        label="directory.personName"
        original={original}
        values={person && pairOf(person, 'name')}
        t={t}
      />
      <BilingualField
        name="title"
        label="directory.personTitle"
        hint={{ en: 'directory.personTitleHint', zh: 'directory.personTitleHintZh' }}
        original={original}
        values={person && pairOf(person, 'title')}
        t={t}
      />
      <SelectField
        name="unitId"
        label={t('directory.personUnit')}
        hint={t('directory.personUnitHint')}
        defaultValue={person?.unitId ? String(person.unitId) : ''}
        options={unitOptions}
      />
    </>
  );
}
