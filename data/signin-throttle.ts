import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { env } from '@/config/env';

// After too many failed sign-ins counted under one key, each further attempt under it must wait, and
// the wait doubles with every failure (1 s, 2 s, 4 s … at most 15 minutes). Failures older than the
// window are forgotten; a successful sign-in clears its keys' counts. Kept in SQLite, so a restart does
// not reset it.

const WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

/**
 * The keys an attempt is checked against and counted under. Every account has its own count, from
 * wherever the attempts come. A known account is also counted per address, but never per address alone:
 * many people share an address (an office behind one proxy), and failures with made-up user names from
 * it must not hold back a colleague's right password. Made-up user names are counted per address, which
 * slows down guessing them from one place.
 */
export function throttleKeys(username: string, address: string, accountExists: boolean): string[] {
  return [`user:${username}`, accountExists ? `address-user:${address} ${username}` : `address:${address}`];
}

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

export function clearFailures(keys: string[]): void {
  getDb().delete(schema.signinThrottle).where(inArray(schema.signinThrottle.key, keys)).run();
}
