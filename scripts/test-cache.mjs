// `npm run test:cache`: the public site behind Varnish (playwright.cache.config.ts, e2e/cache), against
// the production build. Needs Debian's `varnish` and `varnish-modules`: where varnishd is missing the
// suite is skipped, saying so, except under CI=true, where a missing cache is a failure.
// Exits 0 (passed or skipped), 1 (failed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const varnishd = process.env.VARNISHD ?? '/usr/sbin/varnishd';
const ci = process.env.CI === 'true' || process.env.CI === '1';

if (!existsSync(varnishd)) {
  const why = `no varnishd at ${varnishd} (apt-get install varnish varnish-modules, or set VARNISHD)`;
  if (ci) {
    console.error(`✗ cache suite: ${why}; CI must run it`);
    process.exit(1);
  }
  console.log(`- cache suite skipped: ${why}`);
  process.exit(0);
}
if (!existsSync('.next/BUILD_ID')) {
  console.error('✗ cache suite: no production build (run `npx next build` first)');
  process.exit(1);
}

const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'playwright.cache.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  },
);
process.exit(result.status ?? 1);
