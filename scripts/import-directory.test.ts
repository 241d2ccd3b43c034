import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReleaseFiles } from '@/bench/release-files';

// A whole archive through `npm run import -- DIR`, as a person runs it: a refused file in the middle, a
// run stopped part-way (--limit, as an interruption leaves it) and resumed, the summary and the report.

const root = path.join(__dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'gazette-import-dir-'));
const database = path.join(dir, 'gazette.db');
const archive = path.join(dir, 'archive');
const report = path.join(dir, 'report.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = writeReleaseFiles(archive, 5);
// Sorted between the second and the third release of 2000.
writeFileSync(
  path.join(archive, '2000', '2000-01-02-note.txt'),
  'Minutes of a conversation, not a release.\n',
);

function run(script: string, args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(root, 'scripts', script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: database, LANG: 'en_GB.UTF-8', ...extraEnv },
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const verdicts = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { path: string; verdict: string; code?: string });

describe('importing a directory', () => {
  it('needs an administrator first', () => {
    expect(run('admin.ts', ['create', 'archivist'], { ADMIN_PASSWORD: 'a long first password' }).status).toBe(
      0,
    );
  });

  it('dry run: every file found recursively, with the verdicts the import then gives', () => {
    const r = run('import.ts', ['--dry-run', '--json', archive]);
    expect(r.status).toBe(1);
    const dry = verdicts(r.out).map((v) => [path.basename(v.path), v.verdict, v.code]);
    expect(dry).toEqual([
      ['2000-01-01-executive-meeting.txt', 'created', undefined],
      ['2000-01-02-executive-meeting.txt', 'created', undefined],
      ['2000-01-02-note.txt', 'refused', 'no_body_text'],
      ['2000-01-03-executive-meeting.txt', 'created', undefined],
      ['2000-01-04-executive-meeting.txt', 'created', undefined],
      ['2000-01-05-executive-meeting.txt', 'created', undefined],
    ]);
  });

  it('stops part-way, leaving a journal, past the refused file', () => {
    const r = run('import.ts', ['--limit', '4', archive]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('2000-01-02-note.txt: refused: line 1: no body');
    expect(r.err).toContain('run the same command again to continue');
    expect(existsSync(`${database}.import-journal.jsonl`)).toBe(true);
  });

  it('resumes: skips what the journal lists, imports the rest, refuses the bad file again, writes the report', () => {
    const r = run('import.ts', ['--report', report, archive]);
    expect(r.status).toBe(1);
    expect(r.err).toContain('Resuming an interrupted import: 3 file(s)');
    expect(r.out).toMatch(
      /files\s+6\n\s+imported\s+2\n\s+already there\s+3\n\s+refused\s+1\n\s+refused: no_body_text\s+1/,
    );
    expect(r.out).toContain('No server is running on this database');
    expect(existsSync(`${database}.import-journal.jsonl`)).toBe(false);

    const written = JSON.parse(readFileSync(report, 'utf8')) as {
      totals: {
        created: number;
        alreadyThere: number;
        refused: number;
        refusedByReason: Record<string, number>;
      };
      files: { path: string; verdict: string }[];
    };
    expect(written.totals).toMatchObject({
      created: 2,
      alreadyThere: 3,
      refused: 1,
      refusedByReason: { no_body_text: 1 },
    });
    expect(written.files.map((f) => f.path)).toEqual([
      ...files.slice(0, 2),
      path.join(archive, '2000', '2000-01-02-note.txt'),
      ...files.slice(2),
    ]);
  });

  it('run again: everything already there, nothing written', () => {
    const r = run('import.ts', [archive]);
    expect(r.out).toMatch(/imported\s+0\n\s+already there\s+5/);
  });
});
