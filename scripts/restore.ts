// npm run restore -- FILE [--force]: replaces the database with a backup, with the server stopped.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreDatabase } from '@/db/backup';

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const backup = positionals[0];
if (!backup) {
  console.error('usage: npm run restore -- BACKUP_FILE [--force]');
  process.exit(2);
}
const target = path.resolve(process.env.DATABASE_PATH ?? './var/gazette.db');
try {
  restoreDatabase(path.resolve(backup), target, { force: values.force });
  console.log(`restored ${target} from ${backup} (integrity ok)`);
} catch (error) {
  console.error(`restore failed: ${(error as Error).message}`);
  process.exit(1);
}
