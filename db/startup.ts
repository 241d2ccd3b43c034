import 'server-only';
import { env } from '@/lib/env';
import { getDb } from '.';
import { seedDemo } from './seed';
import { startTicker } from '@/lib/ticker';

/**
 * At server start: open and migrate the database, fill it with the demo when asked and empty, and start
 * the scheduler's ticker (which first publishes what fell due while the server was down).
 */
export async function prepareDatabase(): Promise<void> {
  getDb();
  if (env().demoData && (await seedDemo())) {
    console.log('[gazette] the empty database was filled with the demo data');
  }
  startTicker(env().port);
}
