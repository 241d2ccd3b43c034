import 'server-only';
import { eq } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { meetingFrozen } from '@/domain/permissions';
import { conflict, notFound } from './errors';

/**
 * Whether a meeting's records may still change, checked inside the writing transaction (the caller has
 * authorized the actor already, outside it, so a refusal's audit event is not rolled back with it).
 */
export function requireEditableMeeting(tx: Tx, meetingId: number) {
  const m = tx
    .select({ status: schema.meetings.status })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!m) throw notFound();
  if (meetingFrozen(m.status)) throw conflict('meetings.cancelled');
}
