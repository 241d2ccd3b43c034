import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // 'server-only' throws outside React Server Components; in unit tests the data layer runs in plain Node.
      'server-only': path.join(root, 'test/support/empty-module.ts'),
    },
  },
  test: {
    include: [
      'domain/**/*.test.ts',
      'data/**/*.test.ts',
      'db/**/*.test.ts',
      'web/**/*.test.ts',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      'messages/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
