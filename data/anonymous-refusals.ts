import 'server-only';
import { asc, lt, sql } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import { recordAudit } from './audit';
import { nowOf, type When } from './clock';

// Anyone can be refused (a bad API token, a forged session cookie), so writing an audit event per refusal
// would let anyone grow the append-only audit log at will. Refusals of callers without a valid account are
// counted here instead, per address, minute and what was attempted, and each address's minute becomes one
// audit event with its counts once that minute is over.

const MINUTE = 60_000;
const refusals = schema.anonymousRefusals;

const minuteOf = (at: Date) => Math.floor(at.getTime() / MINUTE) * MINUTE;

/** Counts one refusal of a caller who named no valid account. */
export function countAnonymousRefusal(address: string, attempted: string, when?: When): void {
  const now = nowOf(when);
  getDb().transaction(
    (tx) => {
      summariseEndedMinutes(tx, now);
      tx.insert(refusals)
        .values({ address, minute: minuteOf(now), attempted, count: 1 })
        .onConflictDoUpdate({
          target: [refusals.address, refusals.minute, refusals.attempted],
          set: { count: sql`${refusals.count} + 1` },
        })
        .run();
    },
    { behavior: 'immediate' },
  );
}

/** Writes the audit events of the minutes that are over (before the audit log is read, say). */
export function summariseAnonymousRefusals(when?: When): void {
  getDb().transaction((tx) => summariseEndedMinutes(tx, nowOf(when)), { behavior: 'immediate' });
}

/** One `permission.refused` event per address and ended minute, with its counts; the counts are then dropped. */
function summariseEndedMinutes(tx: Db | Tx, now: Date): void {
  const ended = lt(refusals.minute, minuteOf(now));
  const rows = tx
    .select()
    .from(refusals)
    .where(ended)
    .orderBy(asc(refusals.minute), asc(refusals.address))
    .all();
  if (!rows.length) return;
  const summaries = new Map<string, { address: string; minute: number; attempted: Record<string, number> }>();
  for (const row of rows) {
    const key = `${row.minute} ${row.address}`;
    const summary = summaries.get(key) ?? { address: row.address, minute: row.minute, attempted: {} };
    summary.attempted[row.attempted] = row.count;
    summaries.set(key, summary);
  }
  for (const { address, minute, attempted } of summaries.values()) {
    recordAudit(
      null,
      {
        action: 'permission.refused',
        subjectType: 'address',
        subjectId: address,
        detail: {
          reason: 'anonymous',
          minute: new Date(minute).toISOString(),
          count: Object.values(attempted).reduce((a, b) => a + b, 0),
          attempted,
        },
        // Dated at the end of the minute it sums up, so the log keeps its order in time.
        at: new Date(minute + MINUTE - 1),
      },
      tx,
    );
  }
  tx.delete(refusals).where(ended).run();
}
