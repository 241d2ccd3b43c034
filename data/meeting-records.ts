import 'server-only';
import { and, asc, eq, max } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { conflict, notFound } from './errors';
import { authorize } from './authorize';
import { requireEditableMeeting } from './meeting-guards';
import type { AgendaItemDto, DecisionDto } from './meetings';

// A meeting's agenda items and decisions: added, changed, removed and reordered by the secretariat.

type Ordered = typeof schema.agendaItems | typeof schema.decisions;

/** The position after the last record of a meeting: new agenda items and decisions go at the end. */
function nextPosition(tx: Tx, table: Ordered, meetingId: number): number {
  const last = tx
    .select({ p: max(table.position) })
    .from(table)
    .where(eq(table.meetingId, meetingId))
    .get();
  return (last?.p ?? 0) + 1;
}

/** A decision may only be linked to an agenda item of its own meeting. */
function requireAgendaItemOf(tx: Tx, meetingId: number, agendaItemId: number | null) {
  if (agendaItemId === null) return;
  const item = tx
    .select({ id: schema.agendaItems.id })
    .from(schema.agendaItems)
    .where(and(eq(schema.agendaItems.id, agendaItemId), eq(schema.agendaItems.meetingId, meetingId)))
    .get();
  if (!item) throw notFound('decisions.agendaItemNotFound');
}

/** The Chinese values may be left out (an API caller writing English only): they stay as they were. */
type ChineseOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type AgendaItemInput = ChineseOptional<
  Omit<AgendaItemDto, 'id' | 'position'>,
  'titleZh' | 'stressedZh'
>;

export function addAgendaItem(actor: Actor, meetingId: number, input: AgendaItemInput): { id: number } {
  authorize(actor, 'records.edit', { attempted: 'agendaItems.add', type: 'meeting', id: meetingId });
  return getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const item = tx
        .insert(schema.agendaItems)
        .values({ ...input, meetingId, position: nextPosition(tx, schema.agendaItems, meetingId) })
        .returning({ id: schema.agendaItems.id })
        .get();
      recordAudit(
        actor,
        {
          action: 'agendaItem.added',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: item.id, title: input.title },
        },
        tx,
      );
      return item;
    },
    { behavior: 'immediate' },
  );
}

export type DecisionInput = ChineseOptional<Omit<DecisionDto, 'id' | 'position'>, 'titleZh' | 'emphasisZh'>;

export function addDecision(actor: Actor, meetingId: number, input: DecisionInput): { id: number } {
  authorize(actor, 'records.edit', { attempted: 'decisions.add', type: 'meeting', id: meetingId });
  return getDb().transaction((tx) => insertDecision(tx, actor, meetingId, input), {
    behavior: 'immediate',
  });
}

/**
 * The writes of adding a decision, inside the caller's transaction: for callers that have authorized the
 * actor themselves and write more in the same transaction (the import of a published release).
 */
export function insertDecision(
  tx: Tx,
  actor: Actor,
  meetingId: number,
  input: DecisionInput,
): { id: number } {
  requireEditableMeeting(tx, meetingId);
  requireAgendaItemOf(tx, meetingId, input.agendaItemId);
  const decision = tx
    .insert(schema.decisions)
    .values({ ...input, meetingId, position: nextPosition(tx, schema.decisions, meetingId) })
    .returning({ id: schema.decisions.id })
    .get();
  recordAudit(
    actor,
    {
      action: 'decision.added',
      subjectType: 'meeting',
      subjectId: meetingId,
      detail: { id: decision.id, title: input.title },
    },
    tx,
  );
  return decision;
}

export function removeAgendaItem(actor: Actor, meetingId: number, itemId: number): void {
  authorize(actor, 'records.edit', { attempted: 'agendaItems.remove', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const removed = tx
        .delete(schema.agendaItems)
        .where(and(eq(schema.agendaItems.id, itemId), eq(schema.agendaItems.meetingId, meetingId)))
        .returning({ title: schema.agendaItems.title })
        .get();
      if (!removed) throw notFound();
      recordAudit(
        actor,
        {
          action: 'agendaItem.removed',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: itemId, title: removed.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function removeDecision(actor: Actor, meetingId: number, decisionId: number): void {
  authorize(actor, 'records.edit', { attempted: 'decisions.remove', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      // A decision whose document was issued stays: the document names it.
      const issued = tx
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(eq(schema.documents.decisionId, decisionId))
        .get();
      if (issued) throw conflict('issued.decisionHasDocuments');
      const removed = tx
        .delete(schema.decisions)
        .where(and(eq(schema.decisions.id, decisionId), eq(schema.decisions.meetingId, meetingId)))
        .returning({ title: schema.decisions.title })
        .get();
      if (!removed) throw notFound();
      recordAudit(
        actor,
        {
          action: 'decision.removed',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: decisionId, title: removed.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

/** Swaps a record with its neighbour above or below; the order is what the release and agenda follow. */
function move(
  actor: Actor,
  table: Ordered,
  subject: string,
  meetingId: number,
  id: number,
  direction: 'up' | 'down',
) {
  authorize(actor, 'records.edit', { attempted: `${subject}.move`, type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const rows = tx
        .select({ id: table.id, position: table.position })
        .from(table)
        .where(eq(table.meetingId, meetingId))
        .orderBy(asc(table.position))
        .all();
      const index = rows.findIndex((r) => r.id === id);
      if (index < 0) throw notFound();
      const other = rows[direction === 'up' ? index - 1 : index + 1];
      if (!other) return;
      const self = rows[index]!;
      tx.update(table).set({ position: other.position }).where(eq(table.id, self.id)).run();
      tx.update(table).set({ position: self.position }).where(eq(table.id, other.id)).run();
      recordAudit(
        actor,
        {
          action: `${subject}.moved`,
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id, direction },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export const moveAgendaItem = (actor: Actor, meetingId: number, itemId: number, direction: 'up' | 'down') =>
  move(actor, schema.agendaItems, 'agendaItem', meetingId, itemId, direction);

export const moveDecision = (actor: Actor, meetingId: number, decisionId: number, direction: 'up' | 'down') =>
  move(actor, schema.decisions, 'decision', meetingId, decisionId, direction);

export function updateAgendaItem(
  actor: Actor,
  meetingId: number,
  itemId: number,
  input: AgendaItemInput,
): void {
  authorize(actor, 'records.edit', { attempted: 'agendaItems.update', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      const updated = tx
        .update(schema.agendaItems)
        .set(input)
        .where(and(eq(schema.agendaItems.id, itemId), eq(schema.agendaItems.meetingId, meetingId)))
        .returning({ id: schema.agendaItems.id })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        {
          action: 'agendaItem.updated',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: itemId, title: input.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}

export function updateDecision(
  actor: Actor,
  meetingId: number,
  decisionId: number,
  input: DecisionInput,
): void {
  authorize(actor, 'records.edit', { attempted: 'decisions.update', type: 'meeting', id: meetingId });
  getDb().transaction(
    (tx) => {
      requireEditableMeeting(tx, meetingId);
      requireAgendaItemOf(tx, meetingId, input.agendaItemId);
      const updated = tx
        .update(schema.decisions)
        .set(input)
        .where(and(eq(schema.decisions.id, decisionId), eq(schema.decisions.meetingId, meetingId)))
        .returning({ id: schema.decisions.id })
        .get();
      if (!updated) throw notFound();
      recordAudit(
        actor,
        {
          action: 'decision.updated',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: { id: decisionId, title: input.title },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
}
