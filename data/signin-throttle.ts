import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { env } from '@/lib/env';

// After too many failed sign-ins for one account or from one address, each further attempt must wait,
// and the wait doubles with every failure (1 s, 2 s, 4 s … at most 15 minutes). Failures older than the
// window are forgotten; a successful sign-in clears the account's count. Kept in SQLite, so a restart
// does not reset it.

const WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

export const throttleKeys = (username: string, address: string) => [`user:${username}`, `address:${address}`];

/** Whether any of the keys must still wait before another attempt is even checked. */
export function isThrottled(keys: string[], now = new Date()): boolean {
  return getDb()
    .select({ blockedUntil: schema.signinThrottle.blockedUntil })
    .from(schema.signinThrottle)
    .where(inArray(schema.signinThrottle.key, keys))
    .all()
    .some((r) => r.blockedUntil !== null && r.blockedUntil > now);
}

export function recordFailure(keys: string[], now = new Date()): void {
  const limit = env().signinMaxFailures;
  getDb().transaction(
    (tx) => {
      for (const key of keys) {
        const row = tx.select().from(schema.signinThrottle).where(eq(schema.signinThrottle.key, key)).get();
        const fresh = !row || now.getTime() - row.firstFailureAt.getTime() > WINDOW_MS;
        const failures = fresh ? 1 : row.failures + 1;
        const over = failures - limit;
        const blockedUntil =
          over > 0 ? new Date(now.getTime() + Math.min(1000 * 2 ** (over - 1), MAX_DELAY_MS)) : null;
        tx.insert(schema.signinThrottle)
          .values({ key, failures, firstFailureAt: now, blockedUntil })
          .onConflictDoUpdate({
            target: schema.signinThrottle.key,
            set: { failures, blockedUntil, ...(fresh ? { firstFailureAt: now } : {}) },
          })
          .run();
      }
    },
    { behavior: 'immediate' },
  );
}

export function clearFailures(key: string): void {
  getDb().delete(schema.signinThrottle).where(eq(schema.signinThrottle.key, key)).run();
}
