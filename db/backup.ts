import 'server-only';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { copyStoredFile } from './file-store';
import { newPrivateFile, privateDirectory } from './private-file';

// Backups are taken with VACUUM INTO: one consistent snapshot even while the server writes (a file copy
// could catch a half-written page; the online backup API restarts whenever the server writes). A restore
// happens with the server stopped, from a backup that passes SQLite's integrity check.
//
// Attached files live beside the database, each under its SHA-256 (db/file-store.ts), and never change:
// a backup copies into its folder's own store ("files" beside the backups) those its snapshot names and the
// store lacks, so each file is copied once however many backups name it; pruning old backups removes the
// files no kept backup names. A restore copies back the files the backup names before replacing the
// database.

const NAME = /^gazette-\d{8}-\d{6}\.db$/;

export type BackupResult = {
  file: string;
  bytes: number;
  kept: string[];
  removed: string[];
  /** Attached files: copied into the backups' store now, and named by the snapshot but missing from the live store. */
  files: { copied: number; missing: string[] };
};

/** Where the attached files of the backups in `dir` are kept. */
export const backupFilesDir = (dir: string) => path.join(dir, 'files');

/** The hashes of the files a database's attachments name (none in a database from before attachments). */
export function attachedHashes(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'attachments'")
      .get();
    if (!table) return [];
    return (db.prepare('select distinct sha256 from attachments').all() as { sha256: string }[]).map(
      (r) => r.sha256,
    );
  } finally {
    db.close();
  }
}

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

/**
 * Writes a snapshot of `source` into `dir`, checks it, copies the attached files it names from `filesDir`,
 * and keeps only the newest `keep` backups there (and the files they name).
 */
export function backupDatabase(
  source: string,
  dir: string,
  keep: number,
  now = new Date(),
  filesDir: string | null = null,
): BackupResult {
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
  const kept = backups.slice(0, keep);
  const files = filesDir === null ? { copied: 0, missing: [] } : backUpFiles(file, filesDir, dir, kept);
  return { file, bytes: statSync(file).size, kept, removed, files };
}

function backUpFiles(snapshot: string, filesDir: string, dir: string, kept: string[]): BackupResult['files'] {
  const store = backupFilesDir(dir);
  let copied = 0;
  const missing: string[] = [];
  for (const sha256 of attachedHashes(snapshot)) {
    const outcome = copyStoredFile(filesDir, store, sha256);
    if (outcome === 'copied') copied++;
    if (outcome === 'missing') missing.push(sha256);
  }
  if (existsSync(store)) {
    const named = new Set(kept.flatMap((name) => attachedHashes(path.join(dir, name))));
    for (const fanout of readdirSync(store)) {
      for (const stored of readdirSync(path.join(store, fanout))) {
        if (!named.has(stored)) rmSync(path.join(store, fanout, stored), { force: true });
      }
    }
  }
  return { copied, missing };
}

/**
 * Replaces the database with a backup, after copying into `filesDir` the attached files it names (from the
 * store beside the backup). Refused while the database has a write-ahead log, which a running (or crashed)
 * server leaves behind; a cleanly stopped server removes it. Refused too when the backups' store lacks a
 * file the backup names, unless forced (those files then answer "not found").
 */
export function restoreDatabase(
  backup: string,
  target: string,
  options: { force?: boolean; filesDir?: string } = {},
): { files: { copied: number; missing: string[] } } {
  const integrity = integrityOf(backup);
  if (integrity !== 'ok') throw new Error(`${backup} failed its integrity check: ${integrity}`);
  const wal = `${target}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0 && !options.force) {
    throw new Error(`${wal} exists: stop the server first (or pass --force after a crash)`);
  }
  const files = { copied: 0, missing: [] as string[] };
  if (options.filesDir) {
    const store = backupFilesDir(path.dirname(backup));
    const hashes = attachedHashes(backup);
    const absent = hashes.filter((h) => !existsSync(path.join(store, h.slice(0, 2), h)));
    if (absent.length > 0 && !options.force)
      throw new Error(
        `${store} lacks ${absent.length} of the backup's attached files (pass --force to restore without them)`,
      );
    for (const sha256 of hashes) {
      const outcome = copyStoredFile(store, options.filesDir, sha256);
      if (outcome === 'copied') files.copied++;
      if (outcome === 'missing') files.missing.push(sha256);
    }
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
  return { files };
}
