// `npm run export -- [--force] DIR`: writes every published release as a portable archive (one JSON and
// one Markdown file per release, plus index.json and index.md; see server/release-archive.ts for the layout).
// Refuses a non-empty DIR unless --force.
import { parseArgs } from 'node:util';
import { listReleasesForExport } from '@/data/export';
import { ArchiveDirectoryNotEmpty, writeReleaseArchive } from '@/server/release-archive';

const USAGE = 'usage: npm run export -- [--force] DIR';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (error) {
    console.error(`export: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const [dir, ...extra] = parsed.positionals;
  if (!dir || extra.length) {
    console.error(`export: ${dir ? 'only one DIR, please' : 'no DIR given'}\n${USAGE}`);
    return 1;
  }
  try {
    const releases = listReleasesForExport();
    const summary = writeReleaseArchive(dir, releases, { force: parsed.values.force });
    console.log(`export: ${summary.releases} release(s), ${summary.files} files written to ${summary.dir}`);
    return 0;
  } catch (error) {
    if (error instanceof ArchiveDirectoryNotEmpty) console.error(`export: ${error.message}`);
    else console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(main());
