import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule in eslint.config.mjs, run through ESLint's own API on a fixture that the normal lint
// run ignores: an import against the direction must fail the lint.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULE = '@typescript-eslint/no-restricted-imports';

async function layerMessages(lint: (eslint: ESLint) => Promise<ESLint.LintResult[]>) {
  const [result] = await lint(new ESLint({ cwd: root, ignore: false }));
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

describe('the layer rule', () => {
  it('refuses the fixture in db/ that imports data/, and only that import', async () => {
    const messages = await layerMessages((eslint) =>
      eslint.lintFiles([path.join(root, 'db/__lint-fixtures__/imports-data.ts')]),
    );
    expect(messages).toEqual([
      { rule: RULE, line: 4, message: expect.stringContaining('db/ may import only') },
    ]);
  });

  it('leaves the fixture out of the normal lint run', async () => {
    const eslint = new ESLint({ cwd: root });
    expect(await eslint.isPathIgnored(path.join(root, 'db/__lint-fixtures__/imports-data.ts'))).toBe(true);
  });

  it.each([
    ['domain/x.ts', "import { getDb } from '@/db';"],
    ['domain/x.ts', "import { env } from '../config/env';"],
    ['data/x.ts', "import { requireUser } from '@/web/session';"],
    ['components/x.tsx', "import { getMeeting } from '@/data/meetings';"],
    ['web/x.ts', "import { run } from '@/actions/_shared/run-action';"],
    ['server/x.ts', "import { requireUser } from '@/web/session';"],
  ])('refuses in %s: %s', async (filePath, code) => {
    const messages = await layerMessages((eslint) => eslint.lintText(`${code}\n`, { filePath }));
    expect(messages.map((m) => m.rule)).toContain(RULE);
  });

  it.each([
    ['components/x.tsx', "import type { MeetingDetail } from '@/data/meetings';"],
    ['server/x.ts', "import { getDb } from '@/db';"],
    ['data/x.ts', "import { env } from '@/config/env';"],
    ['app/x.tsx', "import { requireUser } from '@/web/session';"],
  ])('allows in %s: %s', async (filePath, code) => {
    const messages = await layerMessages((eslint) => eslint.lintText(`${code}\n`, { filePath }));
    expect(messages.filter((m) => m.rule === RULE)).toEqual([]);
  });
});
