import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { privateDirectory } from './private-file';

// Attached files, kept by the SHA-256 of their bytes: the same file attached to many revisions (every save
// carries the files forward) is stored once, and a stored file never changes, so a backup copies only the
// files it does not hold yet. Files are written whole or not at all: into a temporary file beside their
// place, flushed, then renamed over it (a rename within a folder is atomic).

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where the file of that hash lives: a folder per first two hex digits keeps folders small. */
export function storedFilePath(dir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('not a SHA-256 in hex');
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** Stores the bytes (once: a file already there is left as it is) and returns their hash. */
export function storeFile(dir: string, bytes: Uint8Array): { sha256: string; created: boolean } {
  const sha256 = sha256Of(bytes);
  const target = storedFilePath(dir, sha256);
  if (existsSync(target)) return { sha256, created: false };
  privateDirectory(path.dirname(target));
  const temporary = path.join(path.dirname(target), `.incoming-${randomBytes(8).toString('hex')}`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    for (let written = 0; written < bytes.length;)
      written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, target);
  return { sha256, created: true };
}

/** The stored bytes of that hash, or null when the store does not hold them. */
export function readStoredFile(dir: string, sha256: string): Buffer | null {
  try {
    return readFileSync(storedFilePath(dir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Copies one stored file from one store into another, unless it is there already; checked against its hash. */
export function copyStoredFile(from: string, to: string, sha256: string): 'copied' | 'present' | 'missing' {
  if (existsSync(storedFilePath(to, sha256))) return 'present';
  const bytes = readStoredFile(from, sha256);
  if (bytes === null) return 'missing';
  if (sha256Of(bytes) !== sha256) throw new Error(`${storedFilePath(from, sha256)} does not match its hash`);
  storeFile(to, bytes);
  return 'copied';
}
