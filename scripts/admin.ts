// `npm run admin -- create NAME [--display-name "FULL NAME"]`: creates an administrator from the command line,
// so a fresh database can be filled (users, bodies, imported releases) without starting the server. The
// password comes from ADMIN_PASSWORD, else from a prompt on a terminal (typed twice, not echoed).
// Messages follow LANG (Chinese when it starts with "zh").
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { env } from '@/config/env';
import { systemActor } from '@/data/actor';
import { GazetteError } from '@/data/errors';
import { createUser } from '@/data/users';
import { translator } from '@/messages';

const t = translator(process.env.LANG?.toLowerCase().startsWith('zh') ? 'zh' : 'en');
const MIN_PASSWORD = 10;

function fail(message: string): never {
  console.error(`admin: ${message}`);
  process.exit(1);
}

/** Reads one line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function password(username: string): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) fail(t('admin.cli.noPassword'));
  const first = await askHidden(t('admin.cli.passwordPrompt', { username }));
  const again = await askHidden(t('admin.cli.passwordAgain'));
  if (first !== again) fail(t('admin.cli.passwordMismatch'));
  return first;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'display-name': { type: 'string' } },
  });
  const [command, name, ...extra] = positionals;
  if (command !== 'create' || !name || extra.length) fail(t('admin.cli.usage'));
  const username = name.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,40}$/.test(username)) fail(t('admin.cli.badUsername', { username: name }));

  const secret = await password(username);
  if (secret.length < MIN_PASSWORD) fail(t('admin.cli.passwordTooShort', { min: MIN_PASSWORD }));
  try {
    const { id } = await createUser(systemActor('seed'), {
      username,
      displayName: values['display-name']?.trim() || username,
      password: secret,
      roles: ['admin'],
    });
    console.log(t('admin.cli.created', { username, id, database: env().databasePath }));
  } catch (error) {
    if (error instanceof GazetteError) fail(t(error.key, error.params));
    throw error;
  }
}

void main();
