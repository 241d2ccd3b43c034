import { expect, test, type Page } from '@playwright/test';
import { storageState } from './support/roles';
import { signedInNewUser } from './support/users';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an administrator creates a user, changes their roles and disables them; each change ends their session', async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: storageState('admin') })).newPage();
  const username = `clerk-${Date.now().toString(36)}`;

  await admin.goto('/admin/users');
  await admin.getByText('Create user', { exact: true }).first().click();
  const form = admin.getByRole('form', { name: 'Create user' });
  await form.getByLabel('User name').fill(username);
  await form.getByLabel('Full name').fill('Temporary Clerk');
  await form.getByLabel('Initial password').fill('short');
  await form.getByLabel('Secretary').check();
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText('At least 10 characters.')).toBeVisible();
  await expect(form.getByLabel('User name')).toHaveValue(username);
  await form.getByLabel('Initial password').fill('clerk-password-1');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByText(`User ${username} created.`)).toBeVisible();

  const clerk = await (await browser.newContext()).newPage();
  await signIn(clerk, username, 'clerk-password-1');
  await expect(clerk).toHaveURL(/\/meetings$/);
  await expect(clerk.getByRole('link', { name: 'New meeting' })).toBeVisible();

  // Taking the secretary role away ends the session at once.
  await admin.reload();
  const row = admin.getByRole('listitem', { name: 'Temporary Clerk' });
  await row.getByLabel('Secretary').uncheck();
  await row.getByLabel('Reviewer').check();
  await row.getByRole('button', { name: 'Save roles' }).click();
  await expect(row.getByText('Roles saved.')).toBeVisible();
  await clerk.goto('/meetings');
  await expect(clerk).toHaveURL(/\/login/);

  // Disabled: the right password no longer signs in.
  await admin.once('dialog', (d) => d.accept());
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  await signIn(clerk, username, 'clerk-password-1');
  await expect(
    clerk.getByText('The user name or password is not right, or the account is disabled.'),
  ).toBeVisible();
});

test('a non-administrator gets no user list, and the refusal is the server’s', async ({ browser }) => {
  const leader = await (await browser.newContext({ storageState: storageState('leader') })).newPage();
  const response = await leader.goto('/admin/users');
  expect(response?.status()).toBe(404);
  await expect(leader.getByText('Temporary Clerk')).toHaveCount(0);
});

test('each user chooses the workspace language; the public site keeps its own', async ({ browser }) => {
  const page = await signedInNewUser(browser, 'Bilingual Clerk', ['Secretary']);
  await page.goto('/account');
  await page.getByRole('combobox', { name: 'Language of the workspace' }).selectOption({ label: '简体中文' });
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByText('工作台已切换为简体中文。')).toBeVisible();
  // The page in view follows at once: its navigation is refreshed in the new language.
  await expect(
    page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '会议管理' }),
  ).toBeVisible();
  await page.goto('/meetings');
  await expect(page.getByRole('heading', { level: 1, name: '会议管理' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Latest releases' })).toBeVisible();
});
