'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setUserRoles as setUserRolesRecord } from '@/data/users';
import { ROLES } from '@/domain/vocabulary';
import { idField } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ userId: idField, 'roles[]': z.array(z.enum(ROLES)).optional().default([]) });

export async function setUserRoles(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setUserRoles', (input, { actor, t }) => {
    setUserRolesRecord(actor, input.userId, input['roles[]']);
    revalidatePath('/admin/users');
    return { status: 'ok', message: t('users.rolesSaved') };
  });
}
