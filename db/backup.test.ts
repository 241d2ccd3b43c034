import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachedHashes, backupDatabase, backupFilesDir, integrityOf, restoreDatabase } from './backup';
import { readStoredFile, storedFilePath, storeFile } from './file-store';
import { openDatabase } from '.';

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** The permission bits of a file: 0o600 is readable and writable by its owner alone. */
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('file modes', () => {
  // Whatever the process's umask (022 usually leaves new files world-readable), nobody else reads them.
  const previous = process.umask(0o022);
  afterAll(() => process.umask(previous));

  it('creates the database, its write-ahead log and shared memory, and backups, for their owner alone', () => {
    const file = path.join(dir, 'private.db');
    const { sqlite } = openDatabase(file);
    sqlite.prepare("insert into bodies (name, meeting_name) values ('the Body', 'Executive Meeting')").run();
    const backup = backupDatabase(
      file,
      path.join(dir, 'private-backups'),
      2,
      new Date('2030-02-01T00:00:00Z'),
    );
    const restored = path.join(dir, 'restored-private.db');
    restoreDatabase(backup.file, restored);
    const modes = Object.fromEntries(
      [file, `${file}-wal`, `${file}-shm`, backup.file, restored].map((f) => [
        path.basename(f),
        modeOf(f).toString(8),
      ]),
    );
    sqlite.close();
    expect(modes).toEqual({
      'private.db': '600',
      'private.db-wal': '600',
      'private.db-shm': '600',
      [path.basename(backup.file)]: '600',
      'restored-private.db': '600',
    });
    expect(modeOf(path.join(dir, 'private-backups')) & 0o077).toBe(0);
  });
});

describe('backup and restore', () => {
  const live = path.join(dir, 'live.db');
  const { sqlite } = openDatabase(live);
  sqlite.prepare("insert into bodies (name, meeting_name) values ('the Body', 'Executive Meeting')").run();

  it('takes a consistent snapshot while another connection is in the middle of writing', () => {
    const writer = new Database(live);
    writer.prepare('begin immediate').run();
    writer.prepare("insert into bodies (name, meeting_name) values ('uncommitted', 'Plenary')").run();
    const result = backupDatabase(live, path.join(dir, 'backups'), 2, new Date('2030-01-01T00:00:00Z'));
    writer.prepare('rollback').run();
    writer.close();
    expect(integrityOf(result.file)).toBe('ok');
    expect(count(result.file, 'bodies')).toBe(1);
    // The migrated default review chains are in the snapshot, as in the live database.
    expect(count(result.file, 'review_chain_steps')).toBe(count(live, 'review_chain_steps'));
    expect(count(result.file, 'review_chain_steps')).toBeGreaterThan(0);
  });

  it('keeps only the newest N backups', () => {
    backupDatabase(live, path.join(dir, 'backups'), 2, new Date('2030-01-02T00:00:00Z'));
    const third = backupDatabase(live, path.join(dir, 'backups'), 2, new Date('2030-01-03T00:00:00Z'));
    expect(third.removed).toEqual(['gazette-20300101-000000.db']);
    expect(readdirSync(path.join(dir, 'backups')).sort()).toEqual([
      'gazette-20300102-000000.db',
      'gazette-20300103-000000.db',
    ]);
  });

  it('refuses to restore under a running server, and restores once it is stopped', () => {
    sqlite.prepare("insert into bodies (name, meeting_name) values ('after the backup', 'Plenary')").run();
    const backup = path.join(dir, 'backups', 'gazette-20300103-000000.db');
    expect(() => restoreDatabase(backup, live)).toThrow(/stop the server first/);
    sqlite.close();
    expect(existsSync(`${live}-wal`)).toBe(false);
    restoreDatabase(backup, live);
    expect(integrityOf(live)).toBe('ok');
    expect(count(live, 'bodies')).toBe(1);
  });

  it('refuses a damaged backup', () => {
    const damaged = path.join(dir, 'damaged.db');
    writeFileSync(damaged, 'not a database');
    expect(() => restoreDatabase(damaged, path.join(dir, 'elsewhere.db'))).toThrow();
  });
});

describe('attached files in backups', () => {
  const base = path.join(dir, 'with-files');
  const live = path.join(base, 'live.db');
  const files = path.join(base, 'files');
  const backups = path.join(base, 'backups');
  const { sqlite } = openDatabase(live);
  // Attachment rows need a revision of a document of a meeting: the store's view is only their hashes, so
  // the rows are written with foreign keys off.
  const attach = (text: string) => {
    const { sha256 } = storeFile(files, new TextEncoder().encode(text));
    sqlite.pragma('foreign_keys = OFF');
    sqlite
      .prepare(
        "insert into attachments (revision_id, position, name, type, size, sha256) values (?, ?, 'a.pdf', 'pdf', 1, ?)",
      )
      .run(count(live, 'attachments') + 1, 1, sha256);
    sqlite.pragma('foreign_keys = ON');
    return sha256;
  };
  const inStore = (store: string, sha256: string) => existsSync(storedFilePath(store, sha256));

  it('copies the files a backup names once, drops those no kept backup names, and restores them', () => {
    const first = attach('first file');
    const one = backupDatabase(live, backups, 1, new Date('2030-02-01T00:00:00Z'), files);
    expect(one.files).toEqual({ copied: 1, missing: [] });
    expect(inStore(backupFilesDir(backups), first)).toBe(true);

    sqlite.prepare('delete from attachments').run();
    const second = attach('second file');
    const two = backupDatabase(live, backups, 1, new Date('2030-02-02T00:00:00Z'), files);
    expect(two.files).toEqual({ copied: 1, missing: [] });
    // The first backup is gone, and with it the only backup naming the first file.
    expect(inStore(backupFilesDir(backups), first)).toBe(false);
    expect(inStore(backupFilesDir(backups), second)).toBe(true);

    sqlite.close();
    rmSync(files, { recursive: true, force: true });
    const restored = restoreDatabase(two.file, live, { filesDir: files });
    expect(restored.files).toEqual({ copied: 1, missing: [] });
    expect(readStoredFile(files, second)?.toString()).toBe('second file');
  });

  it('refuses a restore whose files are missing, unless forced', () => {
    const backup = readdirSync(backups).find((f) => f.endsWith('.db'))!;
    rmSync(backupFilesDir(backups), { recursive: true, force: true });
    const target = path.join(base, 'elsewhere.db');
    expect(() => restoreDatabase(path.join(backups, backup), target, { filesDir: files })).toThrow(
      /lacks 1 of the backup's attached files/,
    );
    const forced = restoreDatabase(path.join(backups, backup), target, {
      filesDir: path.join(base, 'other-files'),
      force: true,
    });
    expect(forced.files.missing).toHaveLength(1);
    expect(attachedHashes(target)).toHaveLength(1);
  });
});
