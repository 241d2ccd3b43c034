// `npm run import -- [--dry-run] [--json] [--year YYYY] FILE...`: reads published releases as plain text.
// Only the dry run exists yet: it parses each file and prints what an import would create. Imports only from
// domain/ (pure code), so it runs under tsx without the server or the database.
import { readFileSync } from 'node:fs';
import { parseRelease, ReleaseParseError, type ParsedRelease } from '../domain/release-import';

type Args = { dryRun: boolean; json: boolean; year?: number; files: string[] };

const USAGE = 'usage: npm run import -- [--dry-run] [--json] [--year YYYY] FILE...';

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--year' || arg.startsWith('--year=')) {
      const value = arg === '--year' ? argv[++i] : arg.slice('--year='.length);
      if (!value || !/^\d{4}$/.test(value))
        usageError(`--year needs a four-digit year, got "${value ?? ''}"`);
      args.year = Number(value);
    } else if (arg.startsWith('--')) usageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.files.length) usageError('no FILE given');
  return args;
}

function usageError(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

/** What the dry run prints per file: the fields the import would create, body paragraphs left out. */
function dryRunObject(file: string, r: ParsedRelease) {
  return {
    file,
    headline: r.headline,
    date: r.date,
    meetingNumber: r.meetingNumber,
    chair: r.chair,
    chairTitle: r.chairTitle,
    verb: r.verb,
    purpose: r.purpose,
    decisions: r.decisions,
    warnings: r.warnings,
  };
}

function printText(o: ReturnType<typeof dryRunObject>) {
  console.log(`${o.file}: ${o.headline}`);
  console.log(
    `  date ${o.date ?? '?'}, meeting ${o.meetingNumber ?? '?'}, ${o.chair ?? '?'} ${o.verb ?? '?'}`,
  );
  for (const d of o.decisions) console.log(`  - [${d.kind ?? '?'}, ${d.outcome}] ${d.title}`);
  for (const w of o.warnings) console.log(`  warning: ${w}`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.dryRun) {
    console.error(
      'import: importing into the database is not available yet; only the dry run is (--dry-run [--json]).',
    );
    process.exit(2);
  }

  let failed = false;
  for (const file of args.files) {
    try {
      const result = dryRunObject(
        file,
        parseRelease(readFileSync(file, 'utf8'), { year: args.year, fileName: file }),
      );
      if (args.json) console.log(JSON.stringify(result));
      else printText(result);
    } catch (error) {
      // Parse errors already name the file and line; a file that cannot be read is named here.
      if (error instanceof ReleaseParseError) console.error(`import: ${error.message}`);
      else console.error(`import: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

main();
