import 'server-only';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import { ASSIGN_MINUTES_NUMBER_SQL, assignMinutesNumberParams } from '@/db/minutes-numbers';
import { isoDateInZone } from '@/domain/dates';
import type { Actor } from './actor';
import { getSiteSettings } from './site-settings';

// Issuing the minutes: the number they are given, and the record of who opened them.

export type MinutesNumber = { year: number; serial: number };

/**
 * Gives the minutes their number when first issued (inside the issuing transaction): the next serial of
 * the body in the year of issue, in the site's time zone. Issued again after a correction, they keep it.
 */
export function assignMinutesNumber(tx: Tx, documentId: number, meetingId: number, now: Date): MinutesNumber {
  const meeting = tx
    .select({ bodyId: schema.meetings.bodyId })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, meetingId))
    .get();
  if (!meeting) throw new Error(`No meeting ${meetingId}`);
  const year = Number(isoDateInZone(now, getSiteSettings().timeZone).slice(0, 4));
  // The process's one connection, inside the transaction the caller holds on it.
  (getDb() as Db & { $client: Database.Database }).$client
    .prepare(ASSIGN_MINUTES_NUMBER_SQL)
    .run(assignMinutesNumberParams(meeting.bodyId, year, documentId, now));
  return minutesNumberOf(tx, documentId)!;
}

export function minutesNumberOf(db: Db | Tx, documentId: number): MinutesNumber | null {
  return (
    db
      .select({ year: schema.minutesNumbers.year, serial: schema.minutesNumbers.serial })
      .from(schema.minutesNumbers)
      .where(eq(schema.minutesNumbers.documentId, documentId))
      .get() ?? null
  );
}

/** Records that a person opened a document: the first time, and the latest. */
export function recordDocumentRead(actor: Actor, documentId: number, now = new Date()): void {
  if (actor.kind !== 'user' || actor.tokenId !== undefined) return;
  getDb()
    .insert(schema.documentReads)
    .values({ documentId, userId: actor.userId, firstOpenedAt: now, lastOpenedAt: now })
    .onConflictDoUpdate({
      target: [schema.documentReads.documentId, schema.documentReads.userId],
      set: { lastOpenedAt: now },
    })
    .run();
}
