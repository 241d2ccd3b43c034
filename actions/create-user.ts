'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createUser as createUserRecord } from '@/data/users';
import { ROLES } from '@/domain/vocabulary';
import { optionalText, password, singleLineText, username } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  username,
  displayName: singleLineText(100),
  email: optionalText(200).pipe(z.union([z.literal(''), z.email({ message: 'validation.email' })])),
  password,
  'roles[]': z.array(z.enum(ROLES)).optional().default([]),
});

export async function createUser(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'createUser', async (input, { actor, t }) => {
    await createUserRecord(actor, { ...input, roles: input['roles[]'] });
    revalidatePath('/admin/users');
    return { status: 'ok', message: t('users.created', { username: input.username }) };
  });
}
