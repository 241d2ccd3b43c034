import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { authorize } from './authorize';
import { invalid, notFound } from './errors';

// A body's directory: the units (departments, bureaux) its minutes are issued to and assign work to, and
// the people its meetings' attendance is picked from. An administrator keeps it; the secretariat reads it.

export type UnitDto = { id: number; bodyId: number; name: string; nameZh: string };
export type PersonDto = {
  id: number;
  bodyId: number;
  name: string;
  nameZh: string;
  title: string;
  titleZh: string;
  unitId: number | null;
};
export type UnitInput = { name: string; nameZh: string };
export type PersonInput = Omit<PersonDto, 'id' | 'bodyId'>;

const unitColumns = {
  id: schema.units.id,
  bodyId: schema.units.bodyId,
  name: schema.units.name,
  nameZh: schema.units.nameZh,
};
const personColumns = {
  id: schema.people.id,
  bodyId: schema.people.bodyId,
  name: schema.people.name,
  nameZh: schema.people.nameZh,
  title: schema.people.title,
  titleZh: schema.people.titleZh,
  unitId: schema.people.unitId,
};

/** A body's units, for whoever keeps the body's directory or its meetings' records. */
export function listUnits(actor: Actor, bodyId: number): UnitDto[] {
  authorize(actor, 'meetings.read', { attempted: 'units.list', type: 'body', id: bodyId });
  return unitsOf(getDb(), bodyId);
}

/** The same, for the administrator's page (an administrator need not read meetings). */
export function listUnitsToManage(actor: Actor, bodyId: number): UnitDto[] {
  authorize(actor, 'bodies.manage', { attempted: 'units.list', type: 'body', id: bodyId });
  return unitsOf(getDb(), bodyId);
}

export function unitsOf(db: Db | Tx, bodyId: number): UnitDto[] {
  return db
    .select(unitColumns)
    .from(schema.units)
    .where(eq(schema.units.bodyId, bodyId))
    .orderBy(asc(schema.units.id))
    .all();
}

/** Every unit, for the user administration (a liaison belongs to one). */
export function listAllUnits(actor: Actor): UnitDto[] {
  authorize(actor, 'users.manage', { attempted: 'units.list', type: 'unit' });
  return getDb()
    .select(unitColumns)
    .from(schema.units)
    .orderBy(asc(schema.units.bodyId), asc(schema.units.id))
    .all();
}

export function listPeople(actor: Actor, bodyId: number): PersonDto[] {
  authorize(actor, 'meetings.read', { attempted: 'people.list', type: 'body', id: bodyId });
  return peopleOf(getDb(), bodyId);
}

export function listPeopleToManage(actor: Actor, bodyId: number): PersonDto[] {
  authorize(actor, 'bodies.manage', { attempted: 'people.list', type: 'body', id: bodyId });
  return peopleOf(getDb(), bodyId);
}

export function peopleOf(db: Db | Tx, bodyId: number): PersonDto[] {
  return db
    .select(personColumns)
    .from(schema.people)
    .where(eq(schema.people.bodyId, bodyId))
    .orderBy(asc(schema.people.id))
    .all();
}

const requireName = (input: { name: string; nameZh: string }) => {
  if (!input.name.trim() && !input.nameZh.trim()) throw invalid('validation.eitherLanguage');
};

function requireBody(tx: Tx, bodyId: number) {
  const body = tx
    .select({ id: schema.bodies.id })
    .from(schema.bodies)
    .where(eq(schema.bodies.id, bodyId))
    .get();
  if (!body) throw notFound();
}

/** Throws unless every unit named belongs to the body (a record never names another body's unit). */
export function requireUnitsOf(tx: Db | Tx, bodyId: number, unitIds: readonly number[]) {
  for (const id of new Set(unitIds)) {
    const unit = tx
      .select({ id: schema.units.id })
      .from(schema.units)
      .where(and(eq(schema.units.id, id), eq(schema.units.bodyId, bodyId)))
      .get();
    if (!unit) throw invalid('units.notOfBody');
  }
}

export function addUnit(actor: Actor, bodyId: number, input: UnitInput): { id: number } {
  authorize(actor, 'bodies.manage', { attempted: 'units.add', type: 'body', id: bodyId });
  requireName(input);
  return getDb().transaction(
    (tx) => {
      requireBody(tx, bodyId);
      const unit = tx
        .insert(schema.units)
        .values({ ...input, bodyId })
        .returning({ id: schema.units.id })
        .get();
      recordAudit(
        actor,
        { action: 'unit.added', subjectType: 'body', subjectId: bodyId, detail: { id: unit.id, ...input } },
        tx,
      );
      return unit;
    },
    { behavior: 'immediate' },
  );
}

export function updateUnit(actor: Actor, unitId: number, input: UnitInput): void {
  authorize(actor, 'bodies.manage', { attempted: 'units.update', type: 'unit', id: unitId });
  requireName(input);
  getDb().transaction(
    (tx) => {
      const updated = tx
        .update(schema.units)
        .set(input)
        .where(eq(schema.units.id, unitId))
        .returning({ bodyId: schema.units.bodyId })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        {
          action: 'unit.updated',
          subjectType: 'body',
          subjectId: updated.bodyId,
          detail: { id: unitId, ...input },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function addPerson(actor: Actor, bodyId: number, input: PersonInput): { id: number } {
  authorize(actor, 'bodies.manage', { attempted: 'people.add', type: 'body', id: bodyId });
  requireName(input);
  return getDb().transaction(
    (tx) => {
      requireBody(tx, bodyId);
      if (input.unitId !== null) requireUnitsOf(tx, bodyId, [input.unitId]);
      const person = tx
        .insert(schema.people)
        .values({ ...input, bodyId })
        .returning({ id: schema.people.id })
        .get();
      recordAudit(
        actor,
        {
          action: 'person.added',
          subjectType: 'body',
          subjectId: bodyId,
          detail: { id: person.id, ...input },
        },
        tx,
      );
      return person;
    },
    { behavior: 'immediate' },
  );
}

export function updatePerson(actor: Actor, personId: number, input: PersonInput): void {
  authorize(actor, 'bodies.manage', { attempted: 'people.update', type: 'person', id: personId });
  requireName(input);
  getDb().transaction(
    (tx) => {
      const person = tx
        .select({ bodyId: schema.people.bodyId })
        .from(schema.people)
        .where(eq(schema.people.id, personId))
        .get();
      if (!person) throw notFound();
      if (input.unitId !== null) requireUnitsOf(tx, person.bodyId, [input.unitId]);
      tx.update(schema.people).set(input).where(eq(schema.people.id, personId)).run();
      recordAudit(
        actor,
        {
          action: 'person.updated',
          subjectType: 'body',
          subjectId: person.bodyId,
          detail: { id: personId, ...input },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
