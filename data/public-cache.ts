import 'server-only';
import { max } from 'drizzle-orm';
import { getDb, schema } from '@/db';

// A small memory cache for public answers that Next's page cache does not keep (the feeds are route
// handlers that read the request's host, so they render on every request). An entry
// lives until anything is audited: every publication, withdrawal, scheduled publication, import and
// settings change writes an audit event in the same transaction as the change itself, so the newest
// audit id moves whenever what these answers show may have changed (and on other audited events too,
// which only costs a recomputation). Reading it is one lookup of the table's largest rowid. The cache
// belongs to this process and this database alone, like Next's in-memory page cache.

type Entry = { version: number; value: Promise<unknown> };
const entries = new Map<string, Entry>();
const MAX_ENTRIES = 64;

function auditVersion(): number {
  return (
    getDb()
      .select({ id: max(schema.auditEvents.id) })
      .from(schema.auditEvents)
      .get()?.id ?? 0
  );
}

/** `compute()`'s value, computed again only after something was audited since it was last computed. */
export function untilNextAuditedChange<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = auditVersion();
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
