// Dependencies: `npm audit --omit=dev`, counting high and critical advisories. When the registry's
// advisory endpoint cannot be reached (some mirrors answer 405 to its POST), the check reports itself
// blocked with the registry's own message: it never counts as passed. Beside it, for information, the
// production dependencies that are behind their registry's latest release (`npm outdated`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.mjs';

function npmJson(args) {
  const run = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  try {
    return { code: run.status, json: JSON.parse(run.stdout || 'null'), stderr: run.stderr };
  } catch {
    return { code: run.status, json: null, stderr: run.stderr || run.stdout };
  }
}

export function checkDependencies() {
  const audit = npmJson(['audit', '--omit=dev', '--json']);
  const counts = audit.json?.metadata?.vulnerabilities;
  const installed =
    spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean).length - 1;
  const production = Object.keys(
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies,
  );
  const outdated = npmJson(['outdated', '--json']).json ?? {};
  const behind = Object.entries(outdated)
    .filter(([name]) => production.includes(name))
    .map(([name, v]) => `${name} ${v.current} (latest ${v.latest})`);
  if (!counts) {
    return {
      status: 'blocked',
      command: 'npm audit --omit=dev --json',
      error: audit.json?.message ?? audit.stderr.trim().split('\n')[0] ?? `exit ${audit.code}`,
      productionPackages: installed,
      productionBehindLatest: behind,
    };
  }
  return {
    status: counts.high + counts.critical === 0 ? 'passed' : 'failed',
    command: 'npm audit --omit=dev --json',
    vulnerabilities: counts,
    productionPackages: installed,
    productionBehindLatest: behind,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = checkDependencies();
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.status === 'passed' ? 0 : result.status === 'blocked' ? 2 : 1);
}
