import { expect, test } from '@playwright/test';

// The sign-in page speaks the visitor's language before anyone is known: the one its address names, else
// the browser's. This server trusts one proxy (the test client): each test's failed sign-in counts against
// an address of its own, not the one every other test signs in from.
const ownAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

test('the sign-in page in Chinese: from the Chinese site, in Chinese, its refusal in Chinese too', async ({
  browser,
}) => {
  const page = await (
    await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': ownAddress() } })
  ).newPage();
  await page.goto('/zh');
  await page.getByRole('link', { name: '工作人员登录' }).click();
  await expect(page).toHaveURL(/\/login\?lang=zh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录政务公报系统');
  await expect(page.getByRole('main')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/登录政务公报系统/);

  await page.getByLabel('用户名').fill(`nobody-${Date.now().toString(36)}`);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码错误，或账号已停用。')).toBeVisible();

  // The switch keeps where the visitor was going.
  await page.goto('/login?lang=zh&callbackUrl=%2Freview');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Gazette');
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/review');
});

test('a browser that prefers Chinese gets the Chinese sign-in page; one that prefers English, the English', async ({
  browser,
}) => {
  const zh = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await zh.goto('/login');
  await expect(zh.getByRole('heading', { level: 1 })).toHaveText('登录政务公报系统');
  const en = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await en.goto('/login');
  await expect(en.getByRole('heading', { level: 1 })).toHaveText('Sign in to Gazette');
});
