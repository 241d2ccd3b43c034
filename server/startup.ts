import 'server-only';
import { env } from '@/config/env';
import { shareTickerToken } from '@/config/ticker-token';
import { getDb } from '@/db';
import { systemActor } from '@/data/actor';
import { countUsers, createUser } from '@/data/users';
import { seedDemo } from './seed';
import { startTicker } from './ticker';
import { startDailyBackup } from './daily-backup';
import { startPurgeDelivery } from '@/data/cache-purges';

/**
 * At server start: open and migrate the database, fill it with the demo when asked and empty (or create
 * the first administrator when ADMIN_PASSWORD is set), start the scheduler's ticker (which first
 * publishes what fell due while the server was down), the daily backup (unless BACKUP_DIR=off) and the
 * delivery of purges to the shared caches (when CACHE_PURGE_URLS names any).
 */
export async function prepareDatabase(): Promise<void> {
  getDb();
  if (env().demoData && (await seedDemo())) {
    console.log('[gazette] the empty database was filled with the demo data');
  }
  const adminPassword = env().adminPassword;
  if (adminPassword && countUsers() === 0) {
    await createUser(systemActor('seed'), {
      username: 'admin',
      displayName: 'Administrator',
      password: adminPassword,
      roles: ['admin'],
    });
    console.log('[gazette] created the first administrator, "admin"');
  }
  startTicker(env().port);
  shareTickerToken(env().port);
  startPurgeDelivery();
  const backup = env().backup;
  if (backup) startDailyBackup({ source: env().databasePath, filesDir: env().filesDir, ...backup });
}
