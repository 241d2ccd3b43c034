'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { markNotificationsRead as markRecord } from '@/data/notifications';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function markNotificationsRead(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, z.object({}), 'markNotificationsRead', (_input, { actor }) => {
    markRecord(actor);
    revalidatePath('/', 'layout');
    return { status: 'ok' };
  });
}
