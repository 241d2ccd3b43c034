// `npm run import -- [--dry-run] [--json] [--year YYYY] [--as USERNAME] FILE...`: brings published releases,
// as plain text, into Gazette. The dry run parses each file and prints what an import would create (it
// touches no database). Without --dry-run each file is imported in its own transaction, as the
// administrator named by --as (default: the first active one), and reported as created, already imported,
// or an error naming the file and line; the exit code is non-zero if any file failed.
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Args = {
  dryRun: boolean;
  json: boolean;
  year?: number;
  published?: string;
  body?: string;
  as?: string;
  files: string[];
};

const USAGE =
  'usage: npm run import -- [--dry-run] [--json] [--year YYYY] [--published YYYY-MM-DD] [--body NAME] [--as USERNAME] FILE...';

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
    } else if (arg === '--published' || arg.startsWith('--published=')) {
      const [date, next] = value(arg, '--published', i);
      i = next;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
        usageError(`--published needs a date as YYYY-MM-DD, got "${date ?? ''}"`);
      }
      args.published = date;
    } else if (arg === '--body' || arg.startsWith('--body=')) {
      const [body, next] = value(arg, '--body', i);
      i = next;
      if (!body) usageError('--body needs the body\'s name ("the People\'s Government of Sichuan Province")');
      args.body = body;
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

/**
 * The import, or its dry run: the same checks and writes, rolled back at the end (see importReleases), so
 * the dry run's verdict per file is what the import then does. The data layer is loaded only here.
 */
async function importFiles(args: Args): Promise<boolean> {
  const [{ administratorForCommandLine, importReleases }, { GazetteError }, { translator }] =
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

  const sources = (function* () {
    for (const file of args.files) {
      yield {
        fileName: path.basename(file),
        text: readFileSync(file, 'utf8'),
        year: args.year,
        published: args.published,
        body: args.body,
      };
    }
  })();
  const would = args.dryRun ? 'would be ' : '';
  let refused = 0;
  importReleases(actor, sources, {
    dryRun: args.dryRun,
    onVerdict: (v) => {
      if (args.json) {
        console.log(
          JSON.stringify({
            ...v,
            error: v.verdict === 'refused' && v.error ? explain(v.error) : undefined,
            dryRun: args.dryRun,
          }),
        );
        if (v.verdict === 'refused') refused++;
        return;
      }
      if (v.verdict === 'refused') {
        refused++;
        const message = v.reason ? `${v.file}:${v.line}: ${v.reason}` : `${v.file}: ${explain(v.error)}`;
        console.error(`${args.dryRun ? 'would refuse' : 'refused'}: ${message}`);
        return;
      }
      console.log(
        v.verdict === 'created'
          ? `${would}created: ${v.file} (${v.headline})`
          : `already imported: ${v.file} (meeting ${v.meetingId}, release ${v.documentId})`,
      );
      for (const w of v.warnings) console.log(`  warning: ${w}`);
    },
  });
  if (refused)
    console.error(
      `import: ${refused} of ${args.files.length} file(s) ${args.dryRun ? 'would be ' : ''}refused`,
    );
  return refused === 0;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const ok = await importFiles(args);
  process.exit(ok ? 0 : 1);
}

void main();
