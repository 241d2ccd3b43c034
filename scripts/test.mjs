// `npm test`: type check, lint, unit tests, then the end-to-end tests in Chromium against a production
// build on a fresh temporary database. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nNo Chromium at ${chromium}. The end-to-end tests need one:\n` +
      '  apt-get update && apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at another Chromium binary.\n',
  );
  process.exit(1);
}

// The build is given a database path it must never create: nothing may read a database at build time.
const untouchable = path.join(mkdtempSync(path.join(tmpdir(), 'gazette-build-')), 'must-not-exist.db');
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: chromium,
  DATABASE_PATH: untouchable,
};
const steps = [
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.reports/unit-report.json'],
  ],
  ['production build', 'npx', ['next', 'build']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
  // Behind Varnish (skipped, saying why, where varnishd is missing; a failure instead under CI=true).
  ['cache tests', 'node', ['scripts/test-cache.mjs']],
];
// Only this run's cache report is counted (the suite may be skipped).
rmSync('.reports/cache-report.json', { force: true });

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
  if (name === 'production build' && existsSync(untouchable)) {
    console.error('✗ the build opened a database: some page reads data at build time');
    process.exit(1);
  }
}

// One closing line over both runners, so a reader (or CI) sees the whole count at once.
const unit = JSON.parse(readFileSync('.reports/unit-report.json', 'utf8'));
const e2e = JSON.parse(readFileSync('.reports/e2e-report.json', 'utf8')).stats;
const cache = existsSync('.reports/cache-report.json')
  ? JSON.parse(readFileSync('.reports/cache-report.json', 'utf8')).stats
  : { expected: 0, flaky: 0, unexpected: 0, skipped: 0 };
const passed = unit.numPassedTests + e2e.expected + e2e.flaky + cache.expected + cache.flaky;
const failed = unit.numFailedTests + e2e.unexpected + cache.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped + cache.skipped;
console.log(
  `\nunit: ${unit.numPassedTests} passed; end-to-end: ${e2e.expected + e2e.flaky} passed; ` +
    `cache: ${cache.expected + cache.flaky} passed`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
