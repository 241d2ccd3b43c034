// `npm run import -- [options] PATH...`: brings published releases, as plain text, into Gazette. A PATH is a
// release file or a directory of them (every .txt under it). Each file is imported in its own transaction,
// as the administrator named by --as (default: the first active one), and reported as imported, already
// imported, or refused with its reason; a summary table ends the run, --report writes it all as JSON, and
// a running server of the same database is asked once, at the end, to refresh its cached pages.
// --dry-run runs the very same import in a transaction that is rolled back: its verdicts are the import's.
// An interrupted run resumes where it stopped (see import/journal.ts). Exit code 1 if any file was refused.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportSource, ImportVerdict } from '../data/import';
import { ImportJournal } from './import/journal';
import { progress } from './import/progress';
import { releaseFiles, type ReleaseFile } from './import/release-files';
import { revalidateRunningServer } from './import/revalidate';
import { count, newTally, summaryTable } from './import/summary';

type Args = {
  dryRun: boolean;
  json: boolean;
  year?: number;
  published?: string;
  body?: string;
  as?: string;
  report?: string;
  limit?: number;
  restart: boolean;
  paths: string[];
};

const USAGE =
  'usage: npm run import -- [--dry-run] [--json] [--year YYYY] [--published YYYY-MM-DD] [--body NAME] [--as USERNAME] [--report FILE.json] [--limit N] [--restart] FILE|DIR...';

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, json: false, restart: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    const value = () => inline ?? argv[++i] ?? usageError(`${name} needs a value`);
    if (name === '--dry-run') args.dryRun = true;
    else if (name === '--json') args.json = true;
    else if (name === '--restart') args.restart = true;
    else if (name === '--year') {
      const year = value();
      if (!/^\d{4}$/.test(year)) usageError(`--year needs a four-digit year, got "${year}"`);
      args.year = Number(year);
    } else if (name === '--published') {
      const date = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
        usageError(`--published needs a date as YYYY-MM-DD, got "${date}"`);
      }
      args.published = date;
    } else if (name === '--body') args.body = value();
    else if (name === '--as') args.as = value();
    else if (name === '--report') args.report = value();
    else if (name === '--limit') {
      const limit = value();
      if (!/^[1-9]\d*$/.test(limit)) usageError(`--limit needs a positive number, got "${limit}"`);
      args.limit = Number(limit);
    } else if (name.startsWith('--')) usageError(`unknown option ${name}`);
    else args.paths.push(arg);
  }
  if (!args.paths.length) usageError('no FILE or DIR given');
  return args;
}

function usageError(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

async function main(): Promise<boolean> {
  const args = parseArgs(process.argv.slice(2));
  let files: ReleaseFile[];
  try {
    files = releaseFiles(args.paths);
  } catch (error) {
    return usageError((error as Error).message);
  }
  // The data layer is loaded only now: usage errors need no database.
  const [{ administratorForCommandLine, importReleases }, { GazetteError }, { translator }, { env }] =
    await Promise.all([
      import('../data/import'),
      import('../data/errors'),
      import('../messages'),
      import('../config/env'),
    ]);
  const t = translator(process.env.LANG?.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  const reasonOf = (v: ImportVerdict & { verdict: 'refused' }) =>
    v.reason !== undefined
      ? `line ${v.line}: ${v.reason}`
      : v.error instanceof GazetteError
        ? t(v.error.key, v.error.params)
        : v.code;

  if (!files.length) {
    console.error(`import: ${t('import.cli.noFiles', { paths: args.paths.join(', ') })}`);
    return false;
  }
  let actor;
  try {
    actor = administratorForCommandLine(args.as);
  } catch (error) {
    const message = error instanceof GazetteError ? t(error.key, error.params) : (error as Error).message;
    console.error(`import: ${args.as ? `--as ${args.as}: ` : ''}${message}`);
    return false;
  }

  const started = performance.now();
  const journal = new ImportJournal(`${env().databasePath}.import-journal.jsonl`);
  if (args.restart) journal.finish();
  else if (journal.size) {
    console.error(t('import.cli.resuming', { count: journal.size, journal: journal.file }));
  }

  const tally = newTally();
  const reported: ({ path: string } & Record<string, unknown>)[] = [];
  const show = progress(files.length, Boolean(process.stderr.isTTY) && !args.json);
  let handled = 0;

  const done = (file: ReleaseFile, v: ImportVerdict) => {
    handled++;
    count(tally, v);
    const refusal = v.verdict === 'refused' ? reasonOf(v) : undefined;
    if (args.report) reported.push({ path: file.path, ...v, error: undefined, reason: refusal });
    if (args.json)
      console.log(
        JSON.stringify({ path: file.path, ...v, error: undefined, reason: refusal, dryRun: args.dryRun }),
      );
    else if (v.verdict === 'refused') {
      show.line(
        t(args.dryRun ? 'import.cli.wouldRefuse' : 'import.cli.refused', {
          file: file.path,
          reason: refusal!,
        }),
        true,
      );
    } else {
      show.line(
        v.verdict === 'created'
          ? t(args.dryRun ? 'import.cli.wouldCreate' : 'import.cli.created', {
              file: file.path,
              headline: v.headline,
            })
          : t('import.cli.existing', { file: file.path, meetingId: v.meetingId, documentId: v.documentId }),
      );
      for (const warning of v.warnings) show.line(t('import.cli.warning', { warning }));
    }
    show.step(handled, tally.refused);
  };

  // Files the journal lists as done are what the import would find already imported: said so unread.
  const todo: ReleaseFile[] = [];
  for (const file of files) {
    const before = journal.doneBefore(file);
    if (!before) todo.push(file);
    else {
      const { meetingId, documentId } = before;
      done(file, {
        file: path.basename(file.path),
        verdict: 'already_imported',
        meetingId,
        documentId,
        headline: '',
        warnings: [],
      });
    }
  }
  const batch = args.limit ? todo.slice(0, args.limit) : todo;

  // Read lazily, one file at a time: a whole archive is never in memory. The batch asks for the next file
  // only after its verdict on the one before, so `current` is the file each verdict is about.
  let current: ReleaseFile | undefined;
  const sources = (function* (): Generator<ImportSource> {
    for (const file of batch) {
      current = file;
      yield {
        fileName: path.basename(file.path),
        text: readFileSync(file.path, 'utf8'),
        year: args.year,
        published: args.published,
        body: args.body,
      };
    }
  })();
  importReleases(actor, sources, {
    dryRun: args.dryRun,
    onVerdict: (v) => {
      // Recorded once its transaction has committed, so a resumed run never skips an unwritten file.
      if (!args.dryRun && v.verdict !== 'refused') journal.record(current!, v);
      done(current!, v);
    },
  });
  show.end();

  const stopped = batch.length < todo.length;
  if (stopped) console.error(t('import.cli.stopped', { count: batch.length }));
  else if (!args.dryRun) journal.finish();

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = Math.round(process.resourceUsage().maxRSS / 1024);
  const out = args.json ? console.error : console.log;
  out(`\n${t('import.cli.summary')}`);
  out(
    summaryTable(tally, (key, name) =>
      key === 'reason'
        ? t('import.cli.refusedBecause', { reason: name! })
        : key === 'kind'
          ? t('import.cli.warningsOf', { kind: name! })
          : key === 'imported' && args.dryRun
            ? t('import.cli.wouldImport')
            : t(`import.cli.${key}`),
    ),
  );
  out(`  ${t('import.cli.measured', { seconds, megabytes })}`);

  if (args.report) {
    // In the order of the files, whether the journal or this run had them.
    const order = new Map(files.map((f, i) => [f.path, i]));
    reported.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
    const report = {
      database: env().databasePath,
      dryRun: args.dryRun,
      seconds: Number(seconds),
      peakRssMegabytes: megabytes,
      totals: tally,
      files: reported,
    };
    writeFileSync(args.report, `${JSON.stringify(report, null, 2)}\n`);
    out(t('import.cli.report', { file: path.resolve(args.report) }));
  }

  if (!args.dryRun && tally.created > 0) {
    const r = await revalidateRunningServer();
    if (r.outcome === 'revalidated') out(t('import.cli.revalidated', { origin: r.origin }));
    else if (r.outcome === 'no_server') out(t('import.cli.noServer'));
    else out(t('import.cli.revalidateFailed', { origin: r.origin, problem: r.problem }));
  }
  return tally.refused === 0;
}

void main().then((ok) => process.exit(ok ? 0 : 1));
