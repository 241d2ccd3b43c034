import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  anonymousContext,
  callAction,
  createAccount,
  demoAdmin,
  uniqueToken,
} from '../support/hostile-client';

// This server trusts one reverse proxy (TRUST_PROXY=1; the test client plays it): the client is the
// address that proxy appended to X-Forwarded-For, never what a client wrote before it. A failed sign-in
// with a made-up user name counts against its address; a known account is held back by its own count
// and its count from one address, never by its address alone. SIGNIN_MAX_FAILURES is 10 here.

const SIGN_IN = 'actions/sign-in.ts#signInWithPassword';
// More than the limit: the waits double (1 s, 2 s, 4 s …), so some of the later attempts arrive while
// the address is held back, however slow the machine.
const ATTEMPTS = 15;

async function failWithMadeUpNames(prefix: string, forwardedFor: (i: number) => string | null) {
  const ctx = await anonymousContext();
  for (let i = 0; i < ATTEMPTS; i++) {
    const xff = forwardedFor(i);
    const outcome = await callAction(
      ctx,
      SIGN_IN,
      { username: `${prefix}-${i}`, password: 'not-a-password' },
      xff ? { 'X-Forwarded-For': xff } : {},
    );
    expect(outcome.redirect).toBeNull();
  }
}

/** The audit export's lines for throttled sign-ins that name this prefix. */
async function throttledLines(admin: APIRequestContext, prefix: string): Promise<string[]> {
  const response = await admin.get('/api/admin/audit-export?action=signin.throttled');
  expect(response.status()).toBe(200);
  return (await response.text()).split('\r\n').filter((line) => line.includes(prefix));
}

async function signsIn(username: string, password: string, headers: Record<string, string> = {}) {
  const outcome = await callAction(await anonymousContext(), SIGN_IN, { username, password }, headers);
  return outcome.redirect !== null;
}

test('rotating the client-written part of X-Forwarded-For does not escape the address throttle', async () => {
  const admin = await demoAdmin();
  const prefix = `rotate-${uniqueToken()}`;
  const attacker = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  await failWithMadeUpNames(prefix, (i) => `198.51.100.${i + 1}, ${attacker}`);
  const throttled = await throttledLines(admin, prefix);
  expect(throttled.length).toBeGreaterThan(0);
  for (const line of throttled) expect(line).toContain(attacker);
});

test('naming someone else’s address first does not lock them out', async () => {
  const admin = await demoAdmin();
  const victim = await createAccount(admin, 'secretary', {}, false);
  const victimAddress = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  await failWithMadeUpNames(`frame-${uniqueToken()}`, () => `${victimAddress}, 203.0.113.254`);
  expect(await signsIn(victim.username, victim.password, { 'X-Forwarded-For': victimAddress })).toBe(true);
});

test('failures with made-up user names from a shared address do not lock out a colleague’s right password', async () => {
  const admin = await demoAdmin();
  const colleague = await createAccount(admin, 'secretary', {}, false);
  const prefix = `shared-${uniqueToken()}`;
  // No X-Forwarded-For: everyone here comes from the socket's address, as behind one office proxy.
  await failWithMadeUpNames(prefix, () => null);
  expect((await throttledLines(admin, prefix)).length).toBeGreaterThan(0);
  expect(await signsIn(colleague.username, colleague.password)).toBe(true);
});

test('Strict-Transport-Security is sent when the trusted proxy says the visitor came over https', async () => {
  const ctx = await anonymousContext();
  for (const path of ['/', '/api/v1/releases', '/feed.xml']) {
    const overHttps = await ctx.get(path, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(overHttps.headers()['strict-transport-security'], path).toBe('max-age=31536000');
    const overHttp = await ctx.get(path);
    expect(overHttp.headers()['strict-transport-security'], path).toBeUndefined();
  }
});
