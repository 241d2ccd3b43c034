// npm run restore -- FILE [--force]: replaces the database with a backup, and brings back the attached files
// it names (into FILES_DIR), with the server stopped.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { filesDirFor } from '@/config/env';
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
  const filesDir = filesDirFor(target, process.env.FILES_DIR);
  const { files } = restoreDatabase(path.resolve(backup), target, { force: values.force, filesDir });
  console.log(
    `restored ${target} from ${backup} (integrity ok); attached files: ${files.copied} copied into ${filesDir}`,
  );
  if (files.missing.length > 0) console.error(`restore: ${files.missing.length} attached files were missing`);
} catch (error) {
  console.error(`restore failed: ${(error as Error).message}`);
  process.exit(1);
}
