import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyStoredFile, readStoredFile, sha256Of, storedFilePath, storeFile } from './file-store';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the file store', () => {
  it('keeps the same bytes once, under their hash, readable by their owner alone, leaving no temporary file', () => {
    const dir = tempDir();
    const first = storeFile(dir, bytes('annex'));
    const again = storeFile(dir, bytes('annex'));
    expect(first).toEqual({ sha256: sha256Of(bytes('annex')), created: true });
    expect(again).toEqual({ sha256: first.sha256, created: false });
    const file = storedFilePath(dir, first.sha256);
    expect(readdirSync(path.dirname(file))).toEqual([first.sha256]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readStoredFile(dir, first.sha256)?.toString()).toBe('annex');
    expect(readStoredFile(dir, sha256Of(bytes('other')))).toBeNull();
  });

  it('names nothing but a SHA-256', () => {
    expect(() => storedFilePath(tempDir(), '../../etc/passwd')).toThrow();
  });

  it('copies between stores only what is missing, and refuses a file that no longer matches its hash', () => {
    const [from, to] = [tempDir(), tempDir()];
    const { sha256 } = storeFile(from, bytes('kept'));
    expect(copyStoredFile(from, to, sha256)).toBe('copied');
    expect(copyStoredFile(from, to, sha256)).toBe('present');
    expect(copyStoredFile(from, to, sha256Of(bytes('never stored')))).toBe('missing');
    const damaged = storeFile(from, bytes('damaged')).sha256;
    writeFileSync(storedFilePath(from, damaged), 'changed on disk');
    expect(() => copyStoredFile(from, tempDir(), damaged)).toThrow(/does not match/);
  });
});
