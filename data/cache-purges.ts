import 'server-only';
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { env } from '@/config/env';
import { getDb, schema, type Tx } from '@/db';
import type { Actor } from './actor';
import { authorize } from './authorize';

// The purge outbox (db/schema.ts cachePurges): written in a change's own transaction, delivered by the
// server's loop below to every shared cache in CACHE_PURGE_URLS until each acknowledges it. A restart of
// Gazette or an outage of a cache only delays a purge: the rows wait in the database.

/** First retry after this long, doubling per failed attempt up to MAX_BACKOFF_MS. */
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;
const REQUEST_TIMEOUT_MS = 5_000;
/** Purges sent to one cache in one request (their tags joined). */
const BATCH = 100;

/**
 * Writes a purge of `tags` for every configured cache, inside the caller's transaction. Nothing is
 * written without a configured cache (a single server has nothing to purge) or without tags.
 */
export function recordPurge(tx: Tx, tags: readonly string[], cause: string): void {
  // The clock's time, not the change's: an import or the seed may date its change in the past.
  const now = new Date();
  const targets = env().cachePurgeUrls;
  if (targets.length === 0 || tags.length === 0) return;
  const purge = tx
    .insert(schema.cachePurges)
    .values({ tags: [...new Set(tags)].join(' '), cause, createdAt: now })
    .returning({ id: schema.cachePurges.id })
    .get();
  tx.insert(schema.cachePurgeDeliveries)
    .values(targets.map((target) => ({ purgeId: purge.id, target, nextAttemptAt: now })))
    .run();
  wake();
}

/** Sends one cache its due purges (xkey's PURGE with the tags in `xkey-purge`); true when acknowledged. */
async function send(target: string, tags: string[]): Promise<string | null> {
  try {
    const response = await fetch(target, {
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' '), 'surrogate-key': tags.join(' ') },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    // fetch() says only "fetch failed"; the reason (refused, reset, timed out) is its cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause) return cause.message ?? cause.code ?? 'fetch failed';
    return error instanceof Error ? error.message : String(error);
  }
}

/** Purges delivered everywhere are kept this long for the administrator's page, then deleted. */
const KEPT_MS = 30 * 86_400_000;

/** Deletes the purges every cache acknowledged more than KEPT_MS ago (their deliveries go with them). */
export function forgetOldPurges(now = new Date()): void {
  getDb().run(sql`
    delete from cache_purges
    where created_at < ${now.getTime() - KEPT_MS}
      and not exists (
        select 1 from cache_purge_deliveries d where d.purge_id = cache_purges.id and d.delivered_at is null
      )`);
}

/** Delivers what is due at every configured cache, once; returns how many deliveries were acknowledged. */
export async function deliverDuePurges(now = new Date()): Promise<number> {
  const db = getDb();
  let delivered = 0;
  for (const target of env().cachePurgeUrls) {
    const due = db
      .select({ purgeId: schema.cachePurgeDeliveries.purgeId, tags: schema.cachePurges.tags })
      .from(schema.cachePurgeDeliveries)
      .innerJoin(schema.cachePurges, eq(schema.cachePurges.id, schema.cachePurgeDeliveries.purgeId))
      .where(
        and(
          eq(schema.cachePurgeDeliveries.target, target),
          isNull(schema.cachePurgeDeliveries.deliveredAt),
          lte(schema.cachePurgeDeliveries.nextAttemptAt, now),
        ),
      )
      .orderBy(asc(schema.cachePurgeDeliveries.purgeId))
      .limit(BATCH)
      .all();
    if (due.length === 0) continue;
    const tags = [...new Set(due.flatMap((row) => row.tags.split(' ')))];
    const error = await send(target, tags);
    const ids = due.map((row) => row.purgeId);
    const these = and(
      eq(schema.cachePurgeDeliveries.target, target),
      inArray(schema.cachePurgeDeliveries.purgeId, ids),
    );
    if (error === null) {
      db.update(schema.cachePurgeDeliveries)
        .set({ deliveredAt: new Date(), lastError: null, attempts: sql`attempts + 1` })
        .where(these)
        .run();
      delivered += ids.length;
    } else {
      const failedAt = Date.now();
      db.update(schema.cachePurgeDeliveries)
        .set({
          attempts: sql`attempts + 1`,
          lastError: error.slice(0, 500),
          nextAttemptAt: sql`${failedAt} + min(${MAX_BACKOFF_MS}, ${FIRST_BACKOFF_MS} * (1 << min(attempts, 16)))`,
        })
        .where(these)
        .run();
    }
  }
  return delivered;
}

// The delivery loop: woken at once by a purge written in this process, and every second for the rest
// (retries falling due, purges written by the command-line tools, those left pending by a restart).
const POLL_MS = 1_000;
const loop = globalThis as unknown as {
  __gazettePurgeLoop?: { timer: NodeJS.Timeout; running: boolean; again: boolean; forgotAt: number };
};

function wake(): void {
  const state = loop.__gazettePurgeLoop;
  if (!state) return;
  // After the writing transaction commits: the loop reads with another statement.
  setImmediate(() => void run());
}

async function run(): Promise<void> {
  const state = loop.__gazettePurgeLoop;
  if (!state) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await deliverDuePurges();
    } while (state.again);
    if (Date.now() - state.forgotAt > 3_600_000) {
      state.forgotAt = Date.now();
      forgetOldPurges();
    }
  } catch (error) {
    console.error('[gazette] purge delivery failed', error);
  } finally {
    state.running = false;
  }
}

/** Starts delivering purges, when caches are configured. */
export function startPurgeDelivery(): void {
  if (loop.__gazettePurgeLoop || env().cachePurgeUrls.length === 0) return;
  const timer = setInterval(() => void run(), POLL_MS);
  timer.unref();
  loop.__gazettePurgeLoop = { timer, running: false, again: false, forgotAt: 0 };
  void run();
}

export type PurgeDelivery = {
  purgeId: number;
  tags: string[];
  cause: string;
  createdAt: Date;
  target: string;
  attempts: number;
  deliveredAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

export type PurgeOverview = {
  targets: string[];
  pending: number;
  failing: number;
  recent: PurgeDelivery[];
};

/** The outbox as an administrator reads it: counts and the most recent deliveries, newest first. */
export function purgeOverview(actor: Actor, limit = 50): PurgeOverview {
  authorize(actor, 'audit.read', { attempted: 'cachePurges.read', type: 'cache_purges' });
  const db = getDb();
  const d = schema.cachePurgeDeliveries;
  const counts = db
    .select({
      pending: sql<number>`coalesce(sum(${d.deliveredAt} is null), 0)`,
      failing: sql<number>`coalesce(sum(${d.deliveredAt} is null and ${d.lastError} is not null), 0)`,
    })
    .from(d)
    .get();
  const recent = db
    .select({
      purgeId: d.purgeId,
      tags: schema.cachePurges.tags,
      cause: schema.cachePurges.cause,
      createdAt: schema.cachePurges.createdAt,
      target: d.target,
      attempts: d.attempts,
      deliveredAt: d.deliveredAt,
      nextAttemptAt: d.nextAttemptAt,
      lastError: d.lastError,
    })
    .from(d)
    .innerJoin(schema.cachePurges, eq(schema.cachePurges.id, d.purgeId))
    .orderBy(desc(d.purgeId), asc(d.target))
    .limit(limit)
    .all();
  return {
    targets: env().cachePurgeUrls,
    pending: counts?.pending ?? 0,
    failing: counts?.failing ?? 0,
    recent: recent.map((row) => ({ ...row, tags: row.tags.split(' ') })),
  };
}
