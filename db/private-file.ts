import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';

// The database, its write-ahead log and shared memory, and its backups hold every account's password hash
// and every unpublished draft: readable by their owner alone, whatever the process's umask. SQLite gives
// the -wal and -shm files the mode of the database file they belong to, so making that file private first
// makes them private too; VACUUM INTO writes into an empty file that already exists, keeping its mode.

const PRIVATE = 0o600;

/** The directory for such files, created (owner only) if missing. */
export function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Creates `file` empty and private if it does not exist. One made before this rule (world-readable) is made
 * private too, when this process owns it; one it does not own is left as its owner set it.
 */
export function privateFile(file: string): void {
  privateDirectory(path.dirname(file));
  closeSync(openSync(file, 'a', PRIVATE));
  const { mode, uid } = statSync(file);
  if ((mode & 0o777) !== PRIVATE && uid === process.getuid?.()) chmodSync(file, PRIVATE);
}

/** Creates `file` empty and private; refuses one that exists (a backup never overwrites). */
export function newPrivateFile(file: string): void {
  closeSync(openSync(file, 'wx', PRIVATE));
}
