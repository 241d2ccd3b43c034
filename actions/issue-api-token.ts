'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { issueApiToken as issueApiTokenRecord, TOKEN_SCOPES } from '@/data/api-tokens';
import { getSiteSettings } from '@/data/site-settings';
import { idField, isoDate, requiredText } from '@/domain/validation';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  name: requiredText(100),
  userId: idField,
  'roles[]': z.array(z.enum(TOKEN_SCOPES)).optional().default([]),
  expiresOn: isoDate,
});

/** Issues a token; the token text goes back to the form once, to be copied, and is never stored. */
export async function issueApiToken(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'issueApiToken', (input, { actor, t }) => {
    // Valid through the whole of the chosen day, in the site's time zone.
    const endOfDay = zonedLocalToInstant(`${input.expiresOn}T23:59`, getSiteSettings().timeZone);
    const { token } = issueApiTokenRecord(actor, {
      name: input.name,
      userId: input.userId,
      roles: input['roles[]'],
      expiresAt: new Date(endOfDay.getTime() + 59_999),
    });
    revalidatePath('/admin/tokens');
    return { status: 'ok', message: t('tokens.issued', { name: input.name }), data: { token } };
  });
}
