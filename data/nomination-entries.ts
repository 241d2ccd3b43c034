import 'server-only';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { can } from '@/domain/permissions';
import {
  isListDecision,
  type ListEntry,
  type PrivateEntryFields,
  type PublicEntryFields,
} from '@/domain/nomination-list';
import type { ListDisclosure } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { authorize } from './authorize';
import { invalid, notFound } from './errors';
import { requireEditableMeeting } from './meeting-guards';

// The entries of the lists a meeting adopted. Their private fields are read here alone, by
// `privateEntryFields`, for the secretariat and leaders, each time audited; nothing public reads this table.

export type EntryDto = PublicEntryFields & { id: number; position: number };
export type PrivateEntryDto = PrivateEntryFields & { id: number };
export type ListDto = { decisionId: number; disclosure: ListDisclosure; entries: EntryDto[] };

/** The public fields of the entries of each list decision of a meeting, for those who read the meeting. */
export function meetingLists(actor: Actor, meetingId: number): ListDto[] {
  authorize(actor, 'meetings.read', { attempted: 'nominations.read', type: 'meeting', id: meetingId });
  const db = getDb();
  const lists = db
    .select({ id: schema.decisions.id, kind: schema.decisions.kind, disclosure: schema.decisions.disclosure })
    .from(schema.decisions)
    .where(eq(schema.decisions.meetingId, meetingId))
    .all()
    .filter((d) => isListDecision(d.kind));
  if (lists.length === 0) return [];
  const e = schema.nominationEntries;
  const rows = db
    .select({
      id: e.id,
      decisionId: e.decisionId,
      position: e.position,
      name: e.name,
      unitOrPlace: e.unitOrPlace,
      reason: e.reason,
    })
    .from(e)
    .where(
      inArray(
        e.decisionId,
        lists.map((l) => l.id),
      ),
    )
    .orderBy(asc(e.position))
    .all();
  return lists.map((l) => ({
    decisionId: l.id,
    disclosure: l.disclosure,
    entries: rows
      .filter((r) => r.decisionId === l.id)
      .map((r) => ({
        id: r.id,
        position: r.position,
        name: r.name,
        unitOrPlace: r.unitOrPlace,
        reason: r.reason,
      })),
  }));
}

/** Whether the actor may open a list's private fields (the secretariat and leaders, in person). */
export const mayReadPrivateFields = (actor: Actor) => can(actor, 'nominations.private');

/** A list's private fields, for the secretariat and leaders; every reading is audited. */
export function privateEntryFields(actor: Actor, meetingId: number, decisionId: number): PrivateEntryDto[] {
  authorize(actor, 'nominations.private', {
    attempted: 'nominations.private',
    type: 'decision',
    id: decisionId,
  });
  const db = getDb();
  listDecision(db, meetingId, decisionId);
  const e = schema.nominationEntries;
  const rows = db
    .select({ id: e.id, idNumber: e.idNumber, phone: e.phone, address: e.address, notes: e.notes })
    .from(e)
    .where(eq(e.decisionId, decisionId))
    .orderBy(asc(e.position))
    .all();
  recordAudit(actor, {
    action: 'nominations.privateViewed',
    subjectType: 'meeting',
    subjectId: meetingId,
    detail: { decisionId, entries: rows.length },
  });
  return rows;
}

function listDecision(db: Tx | ReturnType<typeof getDb>, meetingId: number, decisionId: number) {
  const d = db
    .select({ kind: schema.decisions.kind })
    .from(schema.decisions)
    .where(and(eq(schema.decisions.id, decisionId), eq(schema.decisions.meetingId, meetingId)))
    .get();
  if (!d) throw notFound();
  if (!isListDecision(d.kind)) throw invalid('nominations.notAList');
}

export function addEntry(actor: Actor, meetingId: number, decisionId: number, entry: ListEntry): number {
  authorize(actor, 'records.edit', { attempted: 'nominations.add', type: 'meeting', id: meetingId });
  return getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      listDecision(tx, meetingId, decisionId);
      const last = tx
        .select({ n: max(schema.nominationEntries.position) })
        .from(schema.nominationEntries)
        .where(eq(schema.nominationEntries.decisionId, decisionId))
        .get();
      const { id } = tx
        .insert(schema.nominationEntries)
        .values({ decisionId, position: (last?.n ?? 0) + 1, ...entry })
        .returning({ id: schema.nominationEntries.id })
        .get();
      // The audit names the entry, never its private fields.
      recordAudit(
        actor,
        {
          action: 'nominations.added',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { decisionId, id },
        },
        tx,
      );
      return id;
    },
    { behavior: 'immediate' },
  );
}

/** Removes an entry; one already gone is no error (a second press of the button). */
export function removeEntry(actor: Actor, meetingId: number, decisionId: number, entryId: number): void {
  authorize(actor, 'records.edit', { attempted: 'nominations.remove', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      listDecision(tx, meetingId, decisionId);
      const removed = tx
        .delete(schema.nominationEntries)
        .where(
          and(eq(schema.nominationEntries.id, entryId), eq(schema.nominationEntries.decisionId, decisionId)),
        )
        .returning({ id: schema.nominationEntries.id })
        .get();
      if (removed) {
        recordAudit(
          actor,
          {
            action: 'nominations.removed',
            subjectType: 'meeting',
            subjectId: meetingId,
            detail: { decisionId, id: entryId },
          },
          tx,
        );
      }
    },
    { behavior: 'immediate' },
  );
}

export function setListDisclosure(
  actor: Actor,
  meetingId: number,
  decisionId: number,
  disclosure: ListDisclosure,
) {
  authorize(actor, 'records.edit', { attempted: 'nominations.disclosure', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      listDecision(tx, meetingId, decisionId);
      tx.update(schema.decisions).set({ disclosure }).where(eq(schema.decisions.id, decisionId)).run();
      recordAudit(
        actor,
        {
          action: 'nominations.disclosure',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { decisionId, disclosure },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
