import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uniqueName } from './support/meetings';
import { pageAs } from './support/workflow';

// The administrator keeps the demo body's units and people, and puts a unit liaison in a unit: what the
// liaison reads of the issued minutes depends on it.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DEMO_BODY_DIRECTORY = "Units and people of the People's Government of Sichuan Province";

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('the administrator adds a unit and a person to the demo body and makes a user that unit’s liaison', async ({
  browser,
}) => {
  const admin = await pageAs(browser, 'admin');
  const unitEn = uniqueName('Development and Reform Commission');
  const unitZh = `${unitEn.slice(-8)}省发展改革委`;
  const renamed = `${unitEn} of Sichuan`;

  await admin.goto('/admin/bodies');
  // The English-original body of the journeys has the same English name: the demo's is the Chinese-original.
  await admin
    .getByRole('listitem')
    .filter({ hasText: 'Original: Chinese' })
    .getByRole('link', { name: DEMO_BODY_DIRECTORY, exact: true })
    .click();
  await expect(admin).toHaveURL(/\/admin\/bodies\/1$/);
  await expect(admin.getByRole('heading', { level: 1, name: 'Units and people' })).toBeVisible();

  // A unit needs a name in one language at least.
  const addUnit = admin.getByRole('form', { name: 'Add unit' });
  await addUnit.getByRole('button', { name: 'Add unit' }).click();
  await expect(addUnit.getByRole('alert')).toHaveText('Some fields need attention.');
  await expect(addUnit.getByText('Write this in Chinese or in English').first()).toBeVisible();

  // The body is Chinese-original: its Chinese input comes first, marked with its language.
  const zhInput = addUnit.getByLabel('Unit name (Chinese)');
  await expect(zhInput).toHaveAttribute('lang', 'zh');
  await zhInput.fill(unitZh);
  await addUnit.getByLabel('Unit name (English)').fill(unitEn);
  await addUnit.getByRole('button', { name: 'Add unit' }).click();
  await expect(addUnit.getByRole('status')).toHaveText('Unit added.');
  const units = admin.getByRole('region', { name: 'Units' });
  await expect(units.getByText(unitEn, { exact: true })).toBeVisible();

  // Renamed inline.
  await units.getByText(`Rename ${unitEn}`).click();
  const rename = admin.getByRole('form', { name: `Rename ${unitEn}` });
  await rename.getByLabel('Unit name (English)').fill(renamed);
  await rename.getByRole('button', { name: 'Save unit' }).click();
  await expect(rename.getByRole('status')).toHaveText('Unit saved.');
  await expect(units.getByText(renamed, { exact: true })).toBeVisible();

  // A person of that unit, name and title in both languages.
  const personEn = uniqueName('Li Ming');
  const addPerson = admin.getByRole('form', { name: 'Add person' });
  await addPerson.getByLabel('Name (Chinese)').fill(`李明${personEn.slice(-6)}`);
  await addPerson.getByLabel('Name (English)').fill(personEn);
  await addPerson.getByLabel('Title (Chinese)').fill('主任');
  await addPerson.getByLabel('Title (English)').fill('Director');
  await addPerson.getByLabel('Unit', { exact: true }).selectOption({ label: renamed });
  await addPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(addPerson.getByRole('status')).toHaveText('Person added.');
  const person = admin
    .getByRole('region', { name: 'People' })
    .getByRole('listitem')
    .filter({ hasText: personEn });
  await expect(person).toContainText('Director');
  await expect(person).toContainText(`Unit: ${renamed}`);

  // And edited: a new title, out of the unit.
  await person.getByText(`Edit ${personEn}`).click();
  const edit = admin.getByRole('form', { name: `Edit ${personEn}` });
  await expect(edit.getByLabel('Unit', { exact: true })).toHaveValue(/^\d+$/);
  await edit.getByLabel('Title (English)').fill('Deputy Director');
  await edit.getByLabel('Unit', { exact: true }).selectOption({ label: 'No unit' });
  await edit.getByRole('button', { name: 'Save person' }).click();
  await expect(edit.getByRole('status')).toHaveText('Person saved.');
  await expect(person).toContainText('Deputy Director');
  await expect(person).not.toContainText(`Unit: ${renamed}`);

  // A new user with the liaison role, put in the unit.
  const username = `liaison-${Date.now().toString(36)}`;
  await admin.goto('/admin/users');
  await admin.getByText('Create user', { exact: true }).first().click();
  const create = admin.getByRole('form', { name: 'Create user' });
  await create.getByLabel('User name').fill(username);
  await create.getByLabel('Full name').fill(`Liaison ${username}`);
  await create.getByLabel('Initial password').fill(`${username}-password`);
  await create.getByLabel('Unit liaison', { exact: true }).check();
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(create.getByText(`User ${username} created.`)).toBeVisible();

  const row = admin.getByRole('listitem', { name: `Liaison ${username}` });
  await expect(row).toContainText('No unit');
  await expect(row.getByLabel('Unit liaison', { exact: true })).toBeChecked();
  const unitForm = row.getByRole('form', { name: `Save unit: ${username}` });
  await expect(unitForm.getByText('Matters for unit liaisons')).toBeVisible();
  await unitForm.getByLabel('Unit', { exact: true }).selectOption({ label: renamed });
  await unitForm.getByRole('button', { name: 'Save unit' }).click();
  await expect(unitForm.getByRole('status')).toHaveText('The user’s unit is saved.');

  await admin.reload();
  await expect(row).toContainText(`Unit: ${renamed}`);
  await expect(row.getByLabel('Unit', { exact: true })).toHaveValue(/^\d+$/);
  await admin.context().close();
});

test.describe('no WCAG 2.2 A/AA violations on the administrator’s pages', () => {
  for (const width of [1280, 390]) {
    for (const [name, path] of [
      ['the bodies', '/admin/bodies'],
      ['the demo body’s units and people', '/admin/bodies/1'],
      ['the users', '/admin/users'],
    ]) {
      test(`${name} at ${width} px`, async ({ browser }) => {
        const admin = await pageAs(browser, 'admin');
        await admin.setViewportSize({ width, height: 900 });
        const response = await admin.goto(path!);
        expect(response?.status()).toBe(200);
        expect(await violations(admin)).toEqual([]);
        await admin.context().close();
      });
    }
  }
});
