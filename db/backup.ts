import 'server-only';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { newPrivateFile, privateDirectory } from './private-file';

// Backups are taken with VACUUM INTO: one consistent snapshot even while the server writes (a file copy
// could catch a half-written page; the online backup API restarts whenever the server writes). A restore
// happens with the server stopped, from a backup that passes SQLite's integrity check.

const NAME = /^gazette-\d{8}-\d{6}\.db$/;

export type BackupResult = { file: string; bytes: number; kept: string[]; removed: string[] };

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

/** Writes a snapshot of `source` into `dir`, checks it, and keeps only the newest `keep` backups there. */
export function backupDatabase(source: string, dir: string, keep: number, now = new Date()): BackupResult {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep at least one backup');
  privateDirectory(dir);
  const file = path.join(dir, `gazette-${stamp(now)}.db`);
  if (existsSync(file)) throw new Error(`${file} exists already`);
  newPrivateFile(file);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(file);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  } finally {
    db.close();
  }
  const integrity = integrityOf(file);
  if (integrity !== 'ok') {
    rmSync(file, { force: true });
    throw new Error(`the backup failed its integrity check: ${integrity}`);
  }
  const backups = readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
    .reverse();
  const removed = backups.slice(keep);
  for (const old of removed) rmSync(path.join(dir, old));
  return { file, bytes: statSync(file).size, kept: backups.slice(0, keep), removed };
}

/**
 * Replaces the database with a backup. Refused while the database has a write-ahead log, which a running
 * (or crashed) server leaves behind; a cleanly stopped server removes it.
 */
export function restoreDatabase(backup: string, target: string, options: { force?: boolean } = {}): void {
  const integrity = integrityOf(backup);
  if (integrity !== 'ok') throw new Error(`${backup} failed its integrity check: ${integrity}`);
  const wal = `${target}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0 && !options.force) {
    throw new Error(`${wal} exists: stop the server first (or pass --force after a crash)`);
  }
  privateDirectory(path.dirname(target));
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  newPrivateFile(incoming);
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(incoming);
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(incoming, target);
}
