import { expect, test } from '@playwright/test';
import { storageState } from './support/roles';

const HEADER = 'id,created_at,actor_kind,actor_id,actor_name,action,subject_type,subject_id,detail';

test.describe('an administrator', () => {
  test.use({ storageState: storageState('admin') });

  test('filters the audit log to sign-ins and exports the same events as CSV', async ({ page }) => {
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Filter' });
    await expect(form.getByLabel('User')).toHaveValue('');
    await form.getByLabel('Action').fill('signin.');
    await form.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/[?&]action=signin\.(&|$)/);
    await expect(form.getByLabel('Action')).toHaveValue('signin.');

    // The setup project signed every demo user in through the form.
    const table = page.getByRole('table', { name: 'Audit log' });
    const actions = table.locator('tbody tr td:nth-child(3)');
    await expect(actions.filter({ hasText: 'signin.succeeded' }).first()).toBeVisible();
    for (const action of await actions.allTextContents()) expect(action).toMatch(/^signin\./);

    const href = await page.getByRole('link', { name: 'Export as CSV' }).getAttribute('href');
    expect(href).toContain('action=signin.');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename="gazette-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers()['cache-control']).toContain('no-store');
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.split('\r\n');
    expect(header).toBe(HEADER);
    expect(rows.some((row) => row.includes(',signin.succeeded,'))).toBe(true);
  });

  test('gets a clear 400 for a filter that is not a date', async ({ page }) => {
    const response = await page.request.get('/api/admin/audit-export?from=yesterday');
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({
      problems: [{ field: 'from', message: 'Enter a date as YYYY-MM-DD.' }],
    });
  });
});

test.describe('a leader', () => {
  test.use({ storageState: storageState('leader') });

  test('gets no audit log and no export', async ({ page }) => {
    expect((await page.goto('/admin/audit'))?.status()).toBe(404);
    const response = await page.request.get('/api/admin/audit-export');
    expect(response.status()).toBe(403);
    expect(response.headers()['content-type']).toContain('application/json');
  });
});

test('a signed-out visitor gets 401 from the export', async ({ request }) => {
  const response = await request.get('/api/admin/audit-export');
  expect(response.status()).toBe(401);
});
