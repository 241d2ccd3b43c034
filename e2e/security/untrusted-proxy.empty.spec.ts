import { expect, request, test } from '@playwright/test';
import { emptyBaseURL, FIRST_ADMIN_PASSWORD } from '../../playwright.config';
import { callAction, uniqueToken } from '../support/hostile-client';

// This server trusts no reverse proxy (TRUST_PROXY unset, the default): whatever X-Forwarded-* a client
// sends is its own claim, so the client is the socket's address and links follow the Host header.

const SIGN_IN = 'actions/sign-in.ts#signInWithPassword';
const context = () => request.newContext({ baseURL: emptyBaseURL });
const ORIGIN = { Origin: emptyBaseURL };

test('a rotating X-Forwarded-For does not escape the address throttle', async () => {
  const prefix = `rotate-${uniqueToken()}`;
  const attacker = await context();
  // More than SIGNIN_MAX_FAILURES (10): the doubling waits catch some of the later attempts.
  for (let i = 0; i < 15; i++) {
    await callAction(
      attacker,
      SIGN_IN,
      { username: `${prefix}-${i}`, password: 'not-a-password' },
      { ...ORIGIN, 'X-Forwarded-For': `198.51.100.${i + 1}` },
    );
  }
  const admin = await context();
  const signedIn = await callAction(
    admin,
    SIGN_IN,
    { username: 'admin', password: FIRST_ADMIN_PASSWORD },
    ORIGIN,
  );
  expect(signedIn.redirect).not.toBeNull();
  const audit = await admin.get('/api/admin/audit-export?action=signin.throttled');
  const throttled = (await audit.text()).split('\r\n').filter((line) => line.includes(prefix));
  expect(throttled.length).toBeGreaterThan(0);
  for (const line of throttled) expect(line).toContain('127.0.0.1');
});

test('forwarded host and protocol from a client neither steer the API’s links nor bring HSTS', async () => {
  const client = await context();
  const forged = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
  const host = new URL(emptyBaseURL).host;
  for (const path of ['/api/v1/releases', '/robots.txt']) {
    const response = await client.get(path, { headers: forged });
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).not.toContain('evil.example');
    expect(body, path).toContain(`http://${host}/`);
    expect(response.headers()['strict-transport-security'], path).toBeUndefined();
  }
});
