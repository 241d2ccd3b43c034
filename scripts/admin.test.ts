import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The commands as a person runs them, each in its own process, on a database that starts empty.

const root = path.join(__dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'gazette-admin-'));
const database = path.join(dir, 'gazette.db');
const seedFile = path.join(root, 'test/fixtures/executive-meeting-2024-02-23.txt');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: database,
    LANG: 'en_GB.UTF-8',
    ...extraEnv,
  };
  if (!extraEnv.ADMIN_PASSWORD) delete env.ADMIN_PASSWORD;
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(root, 'scripts', script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      input: '',
      env,
    },
  );
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('a first administrator from the command line', () => {
  it('the import names what is missing on a database without an administrator', () => {
    const r = run('import.ts', ['--dry-run', seedFile]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('no active administrator');
    expect(r.out).toContain('npm run admin -- create NAME');
  });

  it('refuses a short password and creates nothing', () => {
    const r = run('admin.ts', ['create', 'archivist'], { ADMIN_PASSWORD: 'short' });
    expect(r.status).toBe(1);
    expect(r.out).toContain('at least 10 characters');
  });

  it('creates the administrator from ADMIN_PASSWORD, with the admin role', () => {
    const r = run('admin.ts', ['create', 'Archivist', '--display-name', 'The Archivist'], {
      ADMIN_PASSWORD: 'a long first password',
    });
    expect(r.status).toBe(0);
    expect(r.out).toContain('“archivist”');
    const db = new Database(database, { readonly: true });
    const rows = db
      .prepare(
        'select u.username, u.display_name as displayName, r.role from users u join user_roles r on r.user_id = u.id',
      )
      .all();
    db.close();
    expect(rows).toEqual([{ username: 'archivist', displayName: 'The Archivist', role: 'admin' }]);
  });

  it('refuses a name already taken, in the language LANG asks for', () => {
    const r = run('admin.ts', ['create', 'archivist'], {
      ADMIN_PASSWORD: 'a long first password',
      LANG: 'zh_CN.UTF-8',
    });
    expect(r.status).toBe(1);
    expect(r.out).toContain('已被占用');
  });

  it('without ADMIN_PASSWORD and without a terminal, says where the password comes from', () => {
    const r = run('admin.ts', ['create', 'second']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('ADMIN_PASSWORD');
  });

  it('then the import runs as that administrator', () => {
    const r = run('import.ts', ['--year', '2024', seedFile]);
    expect(r.out).toContain('executive-meeting-2024-02-23.txt: imported');
    expect(r.status).toBe(0);
  });
});
