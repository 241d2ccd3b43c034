import { z } from 'zod';
import { eitherLanguage } from './record-inputs';
import { idField, optionalId, optionalText } from './validation';

// The forms of a body's directory (its units and people) and of a user's unit. Names and titles are written
// in Chinese and English; a name is needed in one of them at least, the other may follow.

const unitShape = z.object({ name: optionalText(200), nameZh: optionalText(200) });
const unitPairs: [string, string][] = [['name', 'nameZh']];

export const newUnitForm = eitherLanguage(unitShape.extend({ bodyId: idField }), unitPairs);
export const unitEditForm = eitherLanguage(unitShape.extend({ unitId: idField }), unitPairs);

const personShape = z.object({
  name: optionalText(100),
  nameZh: optionalText(100),
  title: optionalText(400),
  titleZh: optionalText(400),
  // '' for a person of no unit (a guest of standing, a retired official).
  unitId: optionalId,
});

export const newPersonForm = eitherLanguage(personShape.extend({ bodyId: idField }), unitPairs);
export const personEditForm = eitherLanguage(personShape.extend({ personId: idField }), unitPairs);

// '' takes the user out of every unit.
export const userUnitForm = z.object({ userId: idField, unitId: optionalId });
