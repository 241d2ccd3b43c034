// npm run bench:import -- [--files 10000] [--keep]
//
// The whole-archive import as a person runs it: generates N release files (bench/release-files.ts) under a
// temporary directory, creates an administrator on a fresh database (`npm run admin`), then runs
// `npm run import -- DIR --report` in its own process and prints its wall time and peak memory (the
// process's maximum resident set size), with what it imported. The aim: 10,000 files in at most 3 minutes,
// the process under 300 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeReleaseFiles } from './release-files';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.files);
if (!Number.isSafeInteger(count) || count < 1) {
  console.error('--files takes a positive whole number');
  process.exit(2);
}

const root = path.join(__dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'gazette-import-bench-'));
const env = { ...process.env, DATABASE_PATH: path.join(dir, 'gazette.db'), LANG: 'en_GB.UTF-8' };
const tsx = (script: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(root, script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...env, ...extra },
      maxBuffer: 256 * 1024 * 1024,
    },
  );

try {
  let started = performance.now();
  writeReleaseFiles(path.join(dir, 'archive'), count);
  console.log(
    `generated ${count} release files in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`,
  );

  const admin = tsx('scripts/admin.ts', ['create', 'bench-admin'], {
    ADMIN_PASSWORD: 'bench import password',
  });
  if (admin.status !== 0) throw new Error(`admin create failed: ${admin.stderr}`);

  const report = path.join(dir, 'report.json');
  started = performance.now();
  const run = tsx('scripts/import.ts', ['--report', report, path.join(dir, 'archive')]);
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const result = JSON.parse(readFileSync(report, 'utf8')) as {
    seconds: number;
    peakRssMegabytes: number;
    totals: { files: number; created: number; alreadyThere: number; refused: number };
  };
  console.log(
    [
      `import of ${result.totals.files} files: ${result.totals.created} imported, ${result.totals.alreadyThere} already there, ${result.totals.refused} refused`,
      `wall time ${wall.toFixed(1)} s (the import's own count: ${result.seconds} s; aim: at most 180 s)`,
      `peak memory (RSS) ${result.peakRssMegabytes} MB (aim: under 300 MB)`,
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    ].join('\n'),
  );
  if (wall > 180 || result.peakRssMegabytes >= 300) process.exitCode = 1;
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
