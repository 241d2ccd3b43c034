import { expect, test as setup } from '@playwright/test';
import { demoUser, storageState, type DemoRole } from './support/roles';

// Each role signs in once, through the real form; the journeys reuse the session.

/** Where each lands: the register for editorial staff, the users for the administrator, the inbox for a liaison. */
const LANDING: Record<DemoRole, RegExp> = {
  secretary: /\/meetings$/,
  reviewer: /\/meetings$/,
  leader: /\/meetings$/,
  admin: /\/admin\/users$/,
  liaison: /\/received$/,
};
for (const role of ['secretary', 'reviewer', 'leader', 'admin', 'liaison'] as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = demoUser(role);
    await page.goto('/login');
    await page.getByLabel('User name').fill(user.username);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(LANDING[role]);
    await expect(page.getByText(`Signed in as ${user.displayName}`)).toBeVisible();
    await page.context().storageState({ path: storageState(role) });
  });
}
