import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { callAction, createAccount, demoAdmin, signedInContext } from '../support/hostile-client';

// Signing out ends the session on the server, not only in the browser: a copy of the cookie taken
// before is refused afterwards by pages, server actions and route handlers alike. The same user's
// session on another device carries on.

/** A client that sends these cookies as a fixed header, so no answer can clear them. */
async function replaying(ctx: APIRequestContext): Promise<APIRequestContext> {
  const { cookies } = await ctx.storageState();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return request.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookie } });
}

const pageShown = async (ctx: APIRequestContext, path: string) => {
  const response = await ctx.get(path);
  return response.status() === 200 && new URL(response.url()).pathname === path;
};

test('a session cookie copied before sign-out is refused after it; the other device stays signed in', async () => {
  const admin = await demoAdmin();
  const account = await createAccount(admin, 'admin', {}, false);
  const laptop = await signedInContext(account.username, account.password);
  const phone = await signedInContext(account.username, account.password);
  const copy = await replaying(laptop);

  // The copy works while the session lasts: page, action, route handler.
  expect(await pageShown(copy, '/admin/users')).toBe(true);
  expect((await callAction(copy, 'actions/set-own-locale.ts#setOwnLocale', { locale: 'en' })).succeeded).toBe(
    true,
  );
  expect((await copy.get('/api/admin/audit-export')).status()).toBe(200);

  const signedOut = await callAction(laptop, 'actions/sign-out.ts#signOutUser', {});
  expect(signedOut.redirect).toContain('/login');

  expect(await pageShown(copy, '/admin/users')).toBe(false);
  const localeChange = await callAction(copy, 'actions/set-own-locale.ts#setOwnLocale', { locale: 'zh' });
  expect(localeChange.succeeded).toBe(false);
  expect((await copy.get('/api/admin/audit-export')).status()).toBe(401);
  expect(await (await copy.get('/api/auth/session')).json()).toBeNull();

  // The other device: still signed in, and the refused action changed nothing (the workspace speaks English).
  expect(await pageShown(phone, '/admin/users')).toBe(true);
  expect((await phone.get('/api/admin/audit-export')).status()).toBe(200);
  expect(await (await phone.get('/account')).text()).toContain('Language of the workspace');
});
