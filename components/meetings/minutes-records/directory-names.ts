import type { PersonDto, UnitDto } from '@/data/body-directory';
import { pairOf } from '@/domain/shown-value';
import type { Locale } from '@/messages';
import { localizedText } from '../localized-value';

// The body's units and people as the forms and lists of the minutes' records name them.

export const unitName = (units: readonly UnitDto[], id: number | null, locale: Locale) => {
  const unit = units.find((u) => u.id === id);
  return unit ? localizedText(pairOf(unit, 'name'), locale) : '';
};

export const unitOptions = (units: readonly UnitDto[], locale: Locale) =>
  units.map((u) => ({ value: String(u.id), label: localizedText(pairOf(u, 'name'), locale) }));

/** "黄强 · 省长 · 省政府办公厅": enough to tell two people of one name apart. */
export const personOption = (person: PersonDto, units: readonly UnitDto[], locale: Locale) => ({
  value: String(person.id),
  label: [
    localizedText(pairOf(person, 'name'), locale),
    localizedText(pairOf(person, 'title'), locale),
    unitName(units, person.unitId, locale),
  ]
    .filter(Boolean)
    .join(' · '),
});
