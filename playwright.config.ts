import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** A second server on an empty database without the demo: only a first administrator exists. */
export const emptyBaseURL = `http://127.0.0.1:${port + 1}`;
export const FIRST_ADMIN_PASSWORD = 'first-admin-password';
/** The demo server's database, which a test reads with the command-line export; one per port. */
export const demoDatabasePath = path.join(tmpdir(), `gazette-e2e-${port}`, 'e2e.db');

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  // One SQLite writer: the journeys run one after another against one server.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/e2e-report.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testIgnore: [/.*\.setup\.ts/, /.*\.empty\.spec\.ts/], dependencies: ['setup'] },
    {
      name: 'empty-database',
      testMatch: /.*\.empty\.spec\.ts/,
      testIgnore: /import\.empty\.spec\.ts/,
      use: { baseURL: emptyBaseURL },
    },
    // Importing adds a body and a meeting, which the first-run journey must not find yet: it runs after.
    {
      name: 'empty-database-import',
      testMatch: /import\.empty\.spec\.ts/,
      dependencies: ['empty-database'],
      use: { baseURL: emptyBaseURL },
    },
  ],
  webServer: [
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      // The tests play the reverse proxy in front of this server: it trusts one hop of X-Forwarded-*
      // (web/forwarding.mjs), as an installation behind one proxy does. The empty server trusts none.
      env: { E2E_PORT: String(port), E2E_DATABASE_PATH: demoDatabasePath, TRUST_PROXY: '1' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node scripts/e2e-server.mjs',
      url: `${emptyBaseURL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { E2E_PORT: String(port + 1), E2E_DEMO: '0', ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
