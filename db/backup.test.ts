import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, integrityOf, restoreDatabase } from './backup';
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
