import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { systemActor } from '@/data/actor';
import { createBody } from '@/data/meetings';
import { makeUser, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import {
  addPerson,
  addUnit,
  listPeople,
  listPeopleToManage,
  listUnits,
  listUnitsToManage,
  updatePerson,
  updateUnit,
} from './body-directory';
import { listUsers, setUserUnit } from './users';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const newBody = (name: string) =>
  createBody(systemActor('seed'), {
    originalLanguage: 'zh',
    name,
    nameZh: `${name}（中文）`,
    meetingName: 'Executive Meeting',
  }).id;

const auditOf = (action: string) =>
  getDb()
    .select({ subjectId: schema.auditEvents.subjectId, detail: schema.auditEvents.detail })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.action, action))
    .all()
    .map((e) => ({ subjectId: e.subjectId, detail: JSON.parse(e.detail) as Record<string, unknown> }));

const person = { name: '', nameZh: '', title: '', titleZh: '', unitId: null };

describe("a body's directory of units and people", () => {
  it('an administrator adds and renames units; the secretariat reads them', async () => {
    const admin = await makeUser('dir-admin', ['admin']);
    const secretary = await makeUser('dir-secretary', ['secretary']);
    const bodyId = newBody('Body A');

    const { id } = addUnit(admin, bodyId, { name: 'Department of Finance', nameZh: '省财政厅' });
    updateUnit(admin, id, { name: 'Finance Department', nameZh: '省财政厅' });

    const expected = [{ id, bodyId, name: 'Finance Department', nameZh: '省财政厅' }];
    expect(listUnitsToManage(admin, bodyId)).toEqual(expected);
    expect(listUnits(secretary, bodyId)).toEqual(expected);
    expect(auditOf('unit.updated')).toContainEqual({
      subjectId: String(bodyId),
      detail: { id, name: 'Finance Department', nameZh: '省财政厅' },
    });
  });

  it('a secretary may neither add nor rename a unit, nor add a person, nor open the administrator’s lists', async () => {
    const admin = await makeUser('dir-admin-2', ['admin']);
    const secretary = await makeUser('dir-secretary-2', ['secretary']);
    const bodyId = newBody('Body B');
    const { id } = addUnit(admin, bodyId, { name: 'Audit Office', nameZh: '' });

    for (const attempt of [
      () => addUnit(secretary, bodyId, { name: 'Shadow Unit', nameZh: '' }),
      () => updateUnit(secretary, id, { name: 'Renamed', nameZh: '' }),
      () => addPerson(secretary, bodyId, { ...person, name: 'Someone' }),
      () => listUnitsToManage(secretary, bodyId),
      () => listPeopleToManage(secretary, bodyId),
    ]) {
      expect(refusalOf(attempt).kind).toBe('forbidden');
    }
    expect(listUnitsToManage(admin, bodyId).map((u) => u.name)).toEqual(['Audit Office']);
    expect(listPeopleToManage(admin, bodyId)).toEqual([]);
  });

  it('a name is needed in one language at least, for a unit and for a person', async () => {
    const admin = await makeUser('dir-admin-3', ['admin']);
    const bodyId = newBody('Body C');
    const { id } = addUnit(admin, bodyId, { name: '', nameZh: '省审计厅' });

    expect(refusalOf(() => addUnit(admin, bodyId, { name: ' ', nameZh: '' })).key).toBe(
      'validation.eitherLanguage',
    );
    expect(refusalOf(() => updateUnit(admin, id, { name: '', nameZh: '' })).key).toBe(
      'validation.eitherLanguage',
    );
    expect(refusalOf(() => addPerson(admin, bodyId, { ...person, title: 'Director' })).key).toBe(
      'validation.eitherLanguage',
    );
    expect(listUnitsToManage(admin, bodyId).map((u) => u.nameZh)).toEqual(['省审计厅']);
    expect(listPeopleToManage(admin, bodyId)).toEqual([]);
  });

  it("a person's unit must be one of the same body's units", async () => {
    const admin = await makeUser('dir-admin-4', ['admin']);
    const secretary = await makeUser('dir-secretary-4', ['secretary']);
    const bodyId = newBody('Body D');
    const otherBodyId = newBody('Body E');
    const own = addUnit(admin, bodyId, { name: 'Transport Department', nameZh: '省交通运输厅' }).id;
    const foreign = addUnit(admin, otherBodyId, { name: 'Elsewhere', nameZh: '' }).id;

    expect(
      refusalOf(() => addPerson(admin, bodyId, { ...person, name: 'Li Ming', unitId: foreign })).key,
    ).toBe('units.notOfBody');

    const { id } = addPerson(admin, bodyId, {
      name: 'Li Ming',
      nameZh: '李明',
      title: 'Director',
      titleZh: '厅长',
      unitId: own,
    });
    expect(
      refusalOf(() =>
        updatePerson(admin, id, { ...person, name: 'Li Ming', nameZh: '李明', unitId: foreign }),
      ).key,
    ).toBe('units.notOfBody');

    updatePerson(admin, id, { ...person, name: 'Li Ming', nameZh: '李明', titleZh: '副厅长', unitId: null });
    expect(listPeople(secretary, bodyId)).toEqual([
      { id, bodyId, name: 'Li Ming', nameZh: '李明', title: '', titleZh: '副厅长', unitId: null },
    ]);
    expect(listPeople(secretary, otherBodyId)).toEqual([]);
  });

  it('editing a unit or person that does not exist says so', async () => {
    const admin = await makeUser('dir-admin-5', ['admin']);
    expect(refusalOf(() => updateUnit(admin, 999_999, { name: 'Nowhere', nameZh: '' })).kind).toBe(
      'not_found',
    );
    expect(refusalOf(() => updatePerson(admin, 999_999, { ...person, name: 'Nobody' })).kind).toBe(
      'not_found',
    );
    expect(refusalOf(() => addUnit(admin, 999_999, { name: 'Orphan', nameZh: '' })).kind).toBe('not_found');
  });
});

describe("a user's unit", () => {
  it('an administrator puts a user in a unit and takes them out again, audited', async () => {
    const admin = await makeUser('unit-admin', ['admin']);
    const liaison = await makeUser('unit-liaison', ['unit_liaison']);
    const unitId = addUnit(admin, newBody('Body F'), {
      name: 'Health Commission',
      nameZh: '省卫生健康委',
    }).id;
    const unitOf = () => listUsers(admin).find((u) => u.id === liaison.userId)?.unitId;

    expect(unitOf()).toBeNull();
    setUserUnit(admin, liaison.userId, unitId);
    expect(unitOf()).toBe(unitId);
    setUserUnit(admin, liaison.userId, null);
    expect(unitOf()).toBeNull();

    expect(auditOf('user.unitChanged')).toEqual([
      { subjectId: String(liaison.userId), detail: { unitId } },
      { subjectId: String(liaison.userId), detail: { unitId: null } },
    ]);
  });

  it('only an administrator may, and only to a unit that exists', async () => {
    const admin = await makeUser('unit-admin-2', ['admin']);
    const secretary = await makeUser('unit-secretary-2', ['secretary']);
    const liaison = await makeUser('unit-liaison-2', ['unit_liaison']);
    const unitId = addUnit(admin, newBody('Body G'), { name: 'Civil Affairs', nameZh: '' }).id;

    expect(refusalOf(() => setUserUnit(secretary, liaison.userId, unitId)).kind).toBe('forbidden');
    expect(refusalOf(() => setUserUnit(liaison, liaison.userId, unitId)).kind).toBe('forbidden');
    expect(refusalOf(() => setUserUnit(admin, liaison.userId, 999_999)).key).toBe('users.unknownUnit');
    expect(refusalOf(() => setUserUnit(admin, 999_999, unitId)).kind).toBe('not_found');
    expect(listUsers(admin).find((u) => u.id === liaison.userId)?.unitId).toBeNull();
  });
});
