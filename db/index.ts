import 'server-only';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import { env } from '@/config/env';
import { privateFile } from './private-file';
import { backfillPublications } from './publications';
import * as schema from './schema';
import { withStatementCache } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle inside `db.transaction(...)`; data functions accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

export function openDatabase(file: string): { db: Db; sqlite: Database.Database } {
  privateFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL, not NORMAL: in WAL mode NORMAL survives a process crash but may lose the last commits on power
  // loss. Writes here are few (saves, approvals, publications) and each acknowledged one must survive, so
  // one fsync per commit is a price worth paying.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Writers queue for up to 5 s rather than failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(withStatementCache(sqlite), { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  backfillPublications(db);
  return { db, sqlite };
}

// One connection per server process; kept on globalThis so dev-mode reloads do not open more.
const holder = globalThis as unknown as { __gazetteDb?: { db: Db; sqlite: Database.Database } };

/** The process's database, opened (and migrated) on first use, never at build time. */
export function getDb(): Db {
  if (!holder.__gazetteDb) {
    holder.__gazetteDb = openDatabase(env().databasePath);
    // Closing checkpoints the write-ahead log into the database file and removes it, so a stopped
    // server leaves one self-contained file (which is what a restore expects).
    const { sqlite } = holder.__gazetteDb;
    process.once('exit', () => sqlite.open && sqlite.close());
  }
  return holder.__gazetteDb.db;
}

/**
 * Runs `work`, which may await, as one IMMEDIATE transaction of the process's connection: all of it is
 * committed, or none (a crash or an error midway leaves nothing). The data functions' own transactions
 * become savepoints inside it. Only for start-up work done before the server takes requests: anything
 * else using the connection meanwhile would join the transaction.
 */
export async function atomically<T>(work: () => Promise<T>): Promise<T> {
  getDb();
  const { sqlite } = holder.__gazetteDb!;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

export { schema };
