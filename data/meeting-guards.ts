import 'server-only';
import { eq } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { hasRole, isEditorialStaff, type Actor } from './actor';
import { refusal } from './audit';
import { conflict, notFound } from './errors';

// Who may read and change a meeting's records, and whether its records may still change.

export function requireReader(actor: Actor, attempted: string, id?: number) {
  if (!isEditorialStaff(actor)) throw refusal(actor, attempted, { type: 'meeting', id });
}

export function requireSecretary(actor: Actor, attempted: string, id?: number) {
  if (actor.kind !== 'system' && !hasRole(actor, 'secretary'))
    throw refusal(actor, attempted, { type: 'meeting', id });
}

/** A cancelled meeting's records are frozen. */
export function requireEditableMeeting(tx: Tx, meetingId: number) {
  const m = tx
    .select({ status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!m) throw notFound();
  if (m.status === 'cancelled') throw conflict('meetings.cancelled');
}
