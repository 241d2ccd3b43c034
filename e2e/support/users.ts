import { expect, type Browser, type Page } from '@playwright/test';
import { pageAs } from './workflow';

/** Creates a user through the administrator's form and returns a page signed in as them. */
export async function signedInNewUser(browser: Browser, displayName: string, roles: string[]): Promise<Page> {
  const admin = await pageAs(browser, 'admin');
  const username = `u-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const password = `${username}-password`;
  await admin.goto('/admin/users');
  await admin.getByText('Create user', { exact: true }).first().click();
  const form = admin.getByRole('form', { name: 'Create user' });
  await form.getByLabel('User name').fill(username);
  await form.getByLabel('Full name').fill(displayName);
  await form.getByLabel('Initial password').fill(password);
  for (const role of roles) await form.getByLabel(role, { exact: true }).check();
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText(`User ${username} created.`)).toBeVisible();
  await admin.context().close();

  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  return page;
}
