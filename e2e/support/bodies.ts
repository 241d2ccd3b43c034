import { expect, type Page } from '@playwright/test';
import { DEMO_BODY } from '../../db/demo-records';

// The demo's one body writes its releases in Chinese first. Journeys that record a meeting in English and
// follow its English release from draft to publication use a second body, English-original, with the same
// English names (so the English drafts read as the seed's), which the setup project adds before them.

/** The English-original body: the demo's body is 1, this one is added right after it by the setup. */
export const ENGLISH_BODY = {
  id: 2,
  name: DEMO_BODY.name,
  meetingName: DEMO_BODY.meetingName,
  option: `${DEMO_BODY.meetingName} · ${DEMO_BODY.name} (original: English)`,
};

/** The demo's Chinese-original body, as the new-meeting form offers it to an English reader. */
export const DEMO_BODY_OPTION = `${DEMO_BODY.meetingName} · ${DEMO_BODY.name} (original: Chinese)`;

/** Adds a body through the administrator's form, in its original language and optionally the other one. */
export async function addBody(
  admin: Page,
  body: {
    originalLanguage: 'Chinese' | 'English';
    name?: string;
    meetingName?: string;
    nameZh?: string;
    meetingNameZh?: string;
  },
) {
  await admin.goto('/admin/bodies');
  const form = admin.getByRole('form', { name: 'Add body' });
  await form.getByLabel('Original language').selectOption({ label: body.originalLanguage });
  if (body.name) await form.getByLabel('Name (English)').fill(body.name);
  if (body.meetingName) await form.getByLabel('Its meetings are called (English)').fill(body.meetingName);
  if (body.nameZh) await form.getByLabel('Name (Chinese)').fill(body.nameZh);
  if (body.meetingNameZh) await form.getByLabel('Its meetings are called (Chinese)').fill(body.meetingNameZh);
  await form.getByRole('button', { name: 'Add body' }).click();
  const shown = body.originalLanguage === 'English' ? body.name : body.nameZh;
  await expect(admin.getByText(`${shown} added.`)).toBeVisible();
}
