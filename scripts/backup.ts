// npm run backup -- [--dir DIR] [--keep N]: a consistent snapshot of the database, safe while the server
// serves and writes. Defaults: the directory "backups" beside the database, keeping the newest 14.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '@/db/backup';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, keep: { type: 'string', default: '14' } },
});
const source = path.resolve(process.env.DATABASE_PATH ?? './var/gazette.db');
const dir = path.resolve(values.dir ?? path.join(path.dirname(source), 'backups'));
try {
  const started = performance.now();
  const result = backupDatabase(source, dir, Number(values.keep));
  const ms = Math.round(performance.now() - started);
  console.log(
    `backup: ${result.file} (${result.bytes} bytes, ${ms} ms, integrity ok); kept ${result.kept.length}, removed ${result.removed.length}`,
  );
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exit(1);
}
