import 'server-only';
import { systemActor } from '@/data/actor';
import { addPerson, addUnit } from '@/data/body-directory';
import { DEMO_PEOPLE, DEMO_UNITS, type DemoUnitKey } from '@/db/demo-directory';

/**
 * Gives the demo body its units and people, through the data layer as an administrator would; returns
 * their ids by the demo's keys and names.
 */
export function seedDemoDirectory(bodyId: number): {
  unitIds: Map<DemoUnitKey, number>;
  personIds: Map<string, number>;
} {
  const system = systemActor('seed');
  const unitIds = new Map<DemoUnitKey, number>();
  for (const { key, name, nameZh } of DEMO_UNITS)
    unitIds.set(key, addUnit(system, bodyId, { name, nameZh }).id);
  const personIds = new Map<string, number>();
  for (const { unit, ...person } of DEMO_PEOPLE)
    personIds.set(
      person.name,
      addPerson(system, bodyId, { ...person, unitId: unit ? (unitIds.get(unit) ?? null) : null }).id,
    );
  return { unitIds, personIds };
}
