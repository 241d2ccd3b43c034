import { expect, test as setup } from '@playwright/test';
import { addBody, ENGLISH_BODY } from './support/bodies';
import { demoUser } from './support/roles';

// The English-original body the English journeys record their meetings in (see support/bodies.ts). It
// signs in on its own, so that it does not depend on the order of the setup files.
setup('add the English-original body', async ({ page }) => {
  const admin = demoUser('admin');
  await page.goto('/login');
  await page.getByLabel('User name').fill(admin.username);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.goto('/admin/bodies');
  // The demo's body is the only one, so the new one takes the next id.
  await expect(page.getByText('Original: Chinese')).toHaveCount(1);
  await expect(page.getByText('Original: English')).toHaveCount(0);
  await addBody(page, {
    originalLanguage: 'English',
    name: ENGLISH_BODY.name,
    meetingName: ENGLISH_BODY.meetingName,
  });
  await expect(page.getByText('Original: English')).toHaveCount(1);
});
