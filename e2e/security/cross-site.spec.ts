import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { demoUser } from '../support/roles';
import { anonymousContext, createAccount, demoAdmin, idOf, manifestActions } from '../support/hostile-client';
import { callFormAction } from '../support/server-actions';
import { reportFigures } from '../support/security-figures';

// Item 3 of the security checks: no action runs for a request from another site (a foreign Origin, a
// "null" one from a sandboxed frame or file, or none at all), even with a valid session; and every
// cookie the sign-in sets is HttpOnly and SameSite, and Secure once the site is served over https.

const FOREIGN_ORIGINS = [
  'https://attacker.example',
  'null',
  '',
  `${baseURL}.attacker.example`,
  'http://127.0.0.1:1',
];

test('every server action refuses a request from another site, signed in or not', async () => {
  const admin = await demoAdmin();
  const account = await createAccount(admin, 'admin');
  const signedIn = await anonymousContext();
  const signIn = await callFormAction(signedIn, '/login', idOf('actions/sign-in.ts#signInWithPassword'), {
    username: account.username,
    password: account.password,
    callbackUrl: '/account',
  });
  expect(signIn.headers['x-action-redirect']).toBeTruthy();
  const anonymous = await anonymousContext();

  let requests = 0;
  const accepted: string[] = [];
  for (const { id, key } of manifestActions()) {
    for (const [who, ctx] of [
      ['signed in', signedIn],
      ['anonymous', anonymous],
    ] as const) {
      for (const origin of FOREIGN_ORIGINS) {
        // Posted to a page whose action would otherwise run: the sign-in page and a workspace page.
        for (const page of ['/login', '/account']) {
          const result = await callFormAction(ctx, page, id, {}, { Origin: origin });
          requests++;
          if (result.status !== 403)
            accepted.push(`${key} ${who} from "${origin}" at ${page}: ${result.status}`);
        }
      }
    }
  }
  // The editor's autosave route checks the origin itself.
  const autosave = await signedIn.post('/api/documents/1/editing', {
    data: { heartbeat: true },
    headers: { Origin: 'https://attacker.example' },
  });
  requests++;
  if (autosave.status() !== 403) accepted.push(`autosave from another site: ${autosave.status()}`);

  reportFigures('cross-site requests', {
    'server actions': manifestActions().length,
    'origins tried (foreign, null, none, look-alike, other port)': FOREIGN_ORIGINS.length,
    'requests sent': requests,
    'accepted (must be 0)': accepted.length,
  });
  expect(accepted).toEqual([]);
});

test('session cookies are HttpOnly and SameSite, and Secure behind https', async () => {
  const user = demoUser('reviewer');
  const cookiesOf = async (headers: Record<string, string>) => {
    const ctx = await anonymousContext();
    const result = await callFormAction(
      ctx,
      '/login',
      idOf('actions/sign-in.ts#signInWithPassword'),
      { username: user.username, password: user.password, callbackUrl: '/meetings' },
      headers,
    );
    expect(result.headers['x-action-redirect'], JSON.stringify(result.headers)).toBeTruthy();
    // Playwright joins repeated Set-Cookie headers with line breaks.
    return (result.headers['set-cookie'] ?? '').split('\n').filter(Boolean);
  };

  const plain = await cookiesOf({});
  // Behind a TLS-terminating proxy, which says so in X-Forwarded-Proto.
  const behindHttps = await cookiesOf({
    'X-Forwarded-Proto': 'https',
    Origin: baseURL.replace('http:', 'https:'),
  });
  const session = (cookies: string[]) => cookies.find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  expect(session(plain)).toBeTruthy();
  expect(session(behindHttps)).toBeTruthy();
  const problems: string[] = [];
  for (const cookie of [...plain, ...behindHttps]) {
    const name = cookie.split('=')[0];
    if (!/;\s*HttpOnly/i.test(cookie)) problems.push(`${name} is not HttpOnly`);
    if (!/;\s*SameSite=(Lax|Strict)/i.test(cookie)) problems.push(`${name} has no SameSite=Lax or Strict`);
  }
  for (const cookie of behindHttps) {
    const name = cookie.split('=')[0];
    if (!/;\s*Secure/i.test(cookie)) problems.push(`${name} is not Secure behind https`);
  }
  reportFigures('session cookies', {
    'cookies set over http': plain.length,
    'cookies set behind https': behindHttps.length,
    'without HttpOnly, SameSite or (https) Secure (must be 0)': problems.length,
  });
  expect(problems).toEqual([]);
});
