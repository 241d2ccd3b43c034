import 'server-only';
import { max } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { getSiteSettings } from './site-settings';

// A small memory cache for public answers that Next's page cache does not keep (the feeds are route
// handlers that read the request's host, so they render on every request). An entry is keyed on what
// public answers show: the published releases and the site settings. Releases are published, republished,
// withdrawn and imported only through a workflow transition, which appends a row to `transitions` in the
// same transaction, so the newest transition id moves whenever the published set may have changed (and on
// other transitions too, which only costs a recomputation; only signed-in staff and the scheduler make
// them). The settings are read whole: one row. Nothing an anonymous caller can cause (an audit event, a
// refused request) empties it. The cache belongs to this process and this database alone, like Next's
// in-memory page cache.

type Entry = { version: string; value: Promise<unknown> };
const entries = new Map<string, Entry>();
const MAX_ENTRIES = 64;

/** What the public answers depend on, as one string: equal versions, equal answers. */
function publicVersion(): string {
  const transition =
    getDb()
      .select({ id: max(schema.transitions.id) })
      .from(schema.transitions)
      .get()?.id ?? 0;
  return JSON.stringify([transition, getSiteSettings()]);
}

/** `compute()`'s value, computed again only after the published releases or the site settings changed. */
export function untilPublicChange<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = publicVersion();
  const entry = entries.get(key);
  if (entry && entry.version === version) return entry.value as Promise<T>;
  const value = compute();
  // A failed computation is not kept.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  // Keys carry the host a visitor named; a bounded map keeps odd Host headers from growing it.
  if (!entries.has(key) && entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, { version, value });
  return value;
}
