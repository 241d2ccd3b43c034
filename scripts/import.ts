// `npm run import -- [--dry-run] [--json] [--year YYYY] [--as USERNAME] FILE...`: brings published releases,
// as plain text, into Gazette. The dry run parses each file and prints what an import would create (it
// touches no database). Without --dry-run each file is imported in its own transaction, as the
// administrator named by --as (default: the first active one), and reported as created, already imported,
// or an error naming the file and line; the exit code is non-zero if any file failed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRelease, ReleaseParseError, type ParsedRelease } from '../domain/release-import';

type Args = { dryRun: boolean; json: boolean; year?: number; as?: string; files: string[] };

const USAGE = 'usage: npm run import -- [--dry-run] [--json] [--year YYYY] [--as USERNAME] FILE...';

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, json: false, files: [] };
  const value = (arg: string, name: string, i: number): [string | undefined, number] =>
    arg === name ? [argv[i + 1], i + 1] : [arg.slice(name.length + 1), i];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--year' || arg.startsWith('--year=')) {
      const [year, next] = value(arg, '--year', i);
      i = next;
      if (!year || !/^\d{4}$/.test(year)) usageError(`--year needs a four-digit year, got "${year ?? ''}"`);
      args.year = Number(year);
    } else if (arg === '--as' || arg.startsWith('--as=')) {
      const [username, next] = value(arg, '--as', i);
      i = next;
      if (!username) usageError('--as needs a user name');
      args.as = username;
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

function dryRun(args: Args): boolean {
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
  return !failed;
}

/**
 * The real import. The data layer is loaded only here, so the dry run needs neither the database nor the
 * server-only condition.
 */
async function importFiles(args: Args): Promise<boolean> {
  const [{ administratorForCommandLine, importRelease }, { GazetteError }, { translator }] =
    await Promise.all([import('../data/import'), import('../data/errors'), import('../messages')]);
  const t = translator('en');
  const explain = (error: unknown) =>
    error instanceof GazetteError
      ? t(error.key, error.params)
      : error instanceof Error
        ? error.message
        : String(error);

  let actor;
  try {
    actor = administratorForCommandLine(args.as);
  } catch (error) {
    console.error(`import: ${args.as ? `--as ${args.as}: ` : ''}${explain(error)}`);
    return false;
  }

  let failed = 0;
  for (const file of args.files) {
    try {
      const text = readFileSync(file, 'utf8');
      const result = importRelease(actor, { fileName: path.basename(file), text, year: args.year });
      const line =
        result.status === 'created'
          ? `created: ${file} (meeting ${result.meetingId}, release ${result.documentId}: ${result.headline})`
          : `already imported: ${file} (meeting ${result.meetingId}, release ${result.documentId})`;
      // The transition's change is for a server to revalidate from; the command line has no pages to.
      if (args.json) console.log(JSON.stringify({ file, ...result, change: undefined }));
      else {
        console.log(line);
        for (const w of result.warnings) console.log(`  warning: ${w}`);
      }
    } catch (error) {
      failed++;
      // A parse error's message is already "file:line: reason"; anything else is named by its file here.
      const message =
        error instanceof ReleaseParseError
          ? `${file}:${error.line}: ${error.reason}`
          : `${file}: ${explain(error)}`;
      if (args.json) console.log(JSON.stringify({ file, status: 'error', message }));
      else console.error(`error: ${message}`);
    }
  }
  if (failed) console.error(`import: ${failed} of ${args.files.length} file(s) failed`);
  return failed === 0;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const ok = args.dryRun ? dryRun(args) : await importFiles(args);
  process.exit(ok ? 0 : 1);
}

void main();
