import 'server-only';
import { env } from '@/lib/env';
import { getDb } from '.';
import { seedDemo } from './seed';

/** At server start: open and migrate the database, and fill it with the demo when asked and empty. */
export async function prepareDatabase(): Promise<void> {
  getDb();
  if (env().demoData && (await seedDemo())) {
    console.log('[gazette] the empty database was filled with the demo data');
  }
}
