import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTempDatabase } from '@/test/support/temp-db';
import { integrityOf } from '@/db/backup';
import { nextBackupAt, startDailyBackup, type DailyBackupClock } from './daily-backup';
import { getDb, schema } from '@/db';

// The server's daily backup, driven by an injected clock: the test fires each scheduled run itself.

let cleanup: () => void;
let source: string;
let dir: string;

beforeAll(() => {
  cleanup = useTempDatabase();
  source = process.env.DATABASE_PATH!;
  dir = path.join(path.dirname(source), 'daily');
});
afterAll(() => cleanup());
afterEach(() => vi.restoreAllMocks());

/** A clock whose time the test sets, holding the one pending run instead of a timer. */
function manualClock(start: string) {
  let now = new Date(start);
  let pending: { at: number; run: () => void } | null = null;
  const clock: DailyBackupClock = {
    now: () => now,
    after: (ms, run) => {
      pending = { at: now.getTime() + ms, run };
      return () => (pending = null);
    },
  };
  return {
    clock,
    pendingAt: () => (pending ? new Date(pending.at) : null),
    /** Moves the clock to the pending run's time and runs it. */
    fire: () => {
      const due = pending!;
      pending = null;
      now = new Date(due.at);
      due.run();
    },
  };
}

const auditEvents = (action: string) =>
  getDb()
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.action, action), eq(schema.auditEvents.actorKind, 'system')))
    .all();

describe('next backup time', () => {
  it('is later the same day before the hour, and the next day at or after it', () => {
    expect(nextBackupAt(new Date('2030-03-01T01:59:59Z'), 3).toISOString()).toBe('2030-03-01T03:00:00.000Z');
    expect(nextBackupAt(new Date('2030-03-01T03:00:00Z'), 3).toISOString()).toBe('2030-03-02T03:00:00.000Z');
    expect(nextBackupAt(new Date('2030-12-31T23:30:00Z'), 0).toISOString()).toBe('2031-01-01T00:00:00.000Z');
  });
});

describe('daily backup in the server', () => {
  it('takes one backup a day at the hour, keeps the newest N, and logs and audits each', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const time = manualClock('2030-03-01T10:15:00Z');
    const stop = startDailyBackup({ source, dir, keep: 2, hourUtc: 3 }, time.clock);
    try {
      expect(time.pendingAt()?.toISOString()).toBe('2030-03-02T03:00:00.000Z');
      for (let day = 0; day < 3; day++) time.fire();
      expect(readdirSync(dir).sort()).toEqual(['gazette-20300303-030000.db', 'gazette-20300304-030000.db']);
      expect(integrityOf(path.join(dir, 'gazette-20300304-030000.db'))).toBe('ok');
      expect(time.pendingAt()?.toISOString()).toBe('2030-03-05T03:00:00.000Z');
      expect(auditEvents('backup.created')).toHaveLength(3);
      expect(log.mock.calls.filter(([line]) => String(line).includes('daily backup: '))).toHaveLength(3);
    } finally {
      stop();
    }
    expect(time.pendingAt()).toBeNull();
  });

  it('survives a failed backup: logged, audited, and the next day is still scheduled', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const blocked = path.join(path.dirname(source), 'not-a-directory');
    writeFileSync(blocked, 'a file where the backup directory should be');
    const time = manualClock('2030-04-01T05:00:00Z');
    const stop = startDailyBackup({ source, dir: blocked, keep: 3, hourUtc: 4 }, time.clock);
    try {
      expect(() => time.fire()).not.toThrow();
      expect(errors.mock.calls.some(([line]) => String(line).includes('daily backup failed'))).toBe(true);
      const failed = auditEvents('backup.failed');
      expect(failed).toHaveLength(1);
      expect(JSON.parse(failed[0]!.detail).error).toMatch(/EEXIST|ENOTDIR|exists/);
      expect(time.pendingAt()?.toISOString()).toBe('2030-04-03T04:00:00.000Z');
    } finally {
      stop();
    }
  });

  it('is started once per process', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const time = manualClock('2030-05-01T00:00:00Z');
    const stop = startDailyBackup({ source, dir, keep: 1, hourUtc: 1 }, time.clock);
    try {
      expect(startDailyBackup({ source, dir, keep: 1, hourUtc: 1 }, time.clock)).toBe(stop);
      expect(time.pendingAt()?.toISOString()).toBe('2030-05-01T01:00:00.000Z');
    } finally {
      stop();
    }
  });
});
