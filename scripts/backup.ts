// npm run backup -- [--dir DIR] [--keep N]: a consistent snapshot of the database, safe while the server
// serves and writes, with the attached files it names (FILES_DIR). Defaults: the directory "backups" beside the database, keeping the newest 14.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { filesDirFor } from '@/config/env';
import { backupDatabase } from '@/db/backup';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, keep: { type: 'string', default: '14' } },
});
const source = path.resolve(process.env.DATABASE_PATH ?? './var/gazette.db');
const dir = path.resolve(values.dir ?? path.join(path.dirname(source), 'backups'));
try {
  const started = performance.now();
  const files = filesDirFor(source, process.env.FILES_DIR);
  const result = backupDatabase(source, dir, Number(values.keep), new Date(), files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `backup: ${result.file} (${result.bytes} bytes, ${ms} ms, integrity ok); kept ${result.kept.length}, removed ${result.removed.length}; attached files: ${result.files.copied} copied`,
  );
  if (result.files.missing.length > 0)
    console.error(`backup: ${result.files.missing.length} attached files are missing from ${files}`);
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exit(1);
}
