import 'server-only';
import { systemActor } from '@/data/actor';
import { recordAudit } from '@/data/audit';
import { backupDatabase, type BackupResult } from '@/db/backup';

// The server backs itself up once a day at a fixed hour (UTC), with VACUUM INTO (db/backup.ts), keeping
// the newest N. A failed backup never stops the server: it is logged and recorded as an audit event, which
// the audit log shows to administrators.

export type DailyBackupSettings = {
  source: string;
  dir: string;
  keep: number;
  hourUtc: number;
  /** The attached files' store, copied with the database (db/backup.ts). */
  filesDir?: string;
};

export type DailyBackupClock = {
  now: () => Date;
  /** Schedules `run` after `ms`; returns a function that cancels it. */
  after: (ms: number, run: () => void) => () => void;
};

const realClock: DailyBackupClock = {
  now: () => new Date(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** The first moment strictly after `now` at `hourUtc`:00:00 UTC. */
export function nextBackupAt(now: Date, hourUtc: number): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** Takes one backup now; reports the outcome in the log and the audit trail instead of throwing. */
export function takeDailyBackup(
  settings: DailyBackupSettings,
  now: Date,
): { ok: true; result: BackupResult } | { ok: false; error: string } {
  const actor = systemActor('backup');
  const started = Date.now();
  try {
    const result = backupDatabase(
      settings.source,
      settings.dir,
      settings.keep,
      now,
      settings.filesDir ?? null,
    );
    const ms = Date.now() - started;
    console.log(
      `[gazette] daily backup: ${result.file} (${result.bytes} bytes, ${ms} ms, integrity ok); ` +
        `kept ${result.kept.length}, removed ${result.removed.length}`,
    );
    recordAudit(actor, {
      action: 'backup.created',
      subjectType: 'backup',
      subjectId: result.file,
      detail: { bytes: result.bytes, ms, removed: result.removed, filesMissing: result.files.missing.length },
    });
    return { ok: true, result };
  } catch (error) {
    const message = (error as Error).message;
    console.error(`[gazette] daily backup failed: ${message}`);
    try {
      recordAudit(actor, {
        action: 'backup.failed',
        subjectType: 'backup',
        subjectId: settings.dir,
        detail: { error: message },
      });
    } catch (auditError) {
      // The database itself may be what failed; the log line above is then the only record.
      console.error(`[gazette] could not record the failed backup: ${(auditError as Error).message}`);
    }
    return { ok: false, error: message };
  }
}

const holder = globalThis as unknown as { __gazetteDailyBackup?: () => void };

/**
 * Schedules the daily backup, each run scheduling the next. Returns a function that stops it. Started
 * once per process (a second call returns the running schedule's stop function).
 */
export function startDailyBackup(
  settings: DailyBackupSettings,
  clock: DailyBackupClock = realClock,
): () => void {
  if (holder.__gazetteDailyBackup) return holder.__gazetteDailyBackup;
  let cancel = () => {};
  const schedule = () => {
    const now = clock.now();
    const at = nextBackupAt(now, settings.hourUtc);
    cancel = clock.after(at.getTime() - now.getTime(), () => {
      takeDailyBackup(settings, clock.now());
      schedule();
    });
  };
  schedule();
  console.log(
    `[gazette] daily backup at ${String(settings.hourUtc).padStart(2, '0')}:00 UTC into ${settings.dir}, keeping ${settings.keep}`,
  );
  const stop = () => {
    cancel();
    holder.__gazetteDailyBackup = undefined;
  };
  holder.__gazetteDailyBackup = stop;
  return stop;
}
