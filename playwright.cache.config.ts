import { defineConfig } from '@playwright/test';

// `npm run test:cache`: the public site behind Varnish (e2e/cache). The suite starts its own Gazette and
// Varnish on loopback (e2e/cache/stack.ts); the shared test helpers call this Gazette directly.
process.env.E2E_PORT = String(Number(process.env.CACHE_TEST_PORT ?? 3650) + 10);

export default defineConfig({
  testDir: './e2e/cache',
  testMatch: /.*\.cache\.ts/,
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/cache',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/cache-report.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
});
