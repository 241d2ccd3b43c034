import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db';

/**
 * Points the data layer at a fresh, migrated SQLite file for one test file; returns a cleanup function.
 */
export function useTempDatabase(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-test-'));
  const file = path.join(dir, 'test.db');
  process.env.DATABASE_PATH = file;
  const holder = globalThis as unknown as { __gazetteDb?: ReturnType<typeof openDatabase> };
  holder.__gazetteDb?.sqlite.close();
  holder.__gazetteDb = openDatabase(file);
  return () => {
    holder.__gazetteDb?.sqlite.close();
    holder.__gazetteDb = undefined;
    rmSync(dir, { recursive: true, force: true });
  };
}
