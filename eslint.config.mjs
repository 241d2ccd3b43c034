import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// The layers, top to bottom: app → components → actions → web → data → db → domain, with server/
// (process-level work: start-up, seed, backups, the ticker) over data/ and db/, and config/ and messages/
// at the bottom. Each folder may import only the folders listed here (besides itself and packages);
// components/ only types from data/. Entry points (instrumentation.ts, next.config.ts, scripts/, bench/)
// and tests may import anything below them, so they are not listed.
const LAYERS = {
  app: {
    files: ['app/**', 'proxy.ts'],
    may: ['components', 'actions', 'web', 'data', 'domain', 'config', 'messages'],
  },
  components: { may: ['actions', 'web', 'domain', 'messages'], typesFrom: ['data'] },
  actions: { may: ['web', 'data', 'domain', 'config', 'messages'] },
  web: { may: ['data', 'domain', 'config', 'messages'] },
  server: { may: ['data', 'db', 'domain', 'config', 'messages'] },
  data: { may: ['db', 'domain', 'config', 'messages'] },
  db: { may: ['domain', 'config'] },
  domain: { may: ['messages'] },
  config: { may: [] },
  messages: { may: [] },
};
const FOLDERS = [...Object.keys(LAYERS), 'scripts', 'bench', 'e2e', 'test'];
// An import of a top-level folder, by the alias or by a relative path that climbs out to it.
const importOf = (folders) => `^(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;

const layerRules = Object.entries(LAYERS).map(([layer, { files, may, typesFrom = [] }]) => {
  const refused = FOLDERS.filter((f) => f !== layer && !may.includes(f) && !typesFrom.includes(f));
  const message = `${layer}/ may import only ${[...may, ...typesFrom.map((f) => `types from ${f}`)].join(', ') || 'itself'}: the layers run app → components → actions → web → data → db → domain (README, Layout).`;
  return {
    files: (files ?? [`${layer}/**`]).map((f) => (f.endsWith('**') ? `${f}/*.{ts,tsx,mts,mjs}` : f)),
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: importOf(refused), message },
            ...(typesFrom.length ? [{ regex: importOf(typesFrom), allowTypeImports: true, message }] : []),
          ],
        },
      ],
    },
  };
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An UPDATE or DELETE without WHERE rewrites every row: refuse it at lint time.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  ...layerRules,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'var/**',
    'db/migrations/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    // An upward import on purpose: db/layers.test.ts proves the layer rule refuses it.
    'db/__lint-fixtures__/**',
  ]),
]);
