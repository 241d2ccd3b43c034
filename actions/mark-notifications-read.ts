'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { markNotificationsRead as markRecord } from '@/data/notifications';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

export async function markNotificationsRead(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, z.object({}), 'markNotificationsRead', (_input, { actor }) => {
    markRecord(actor);
    // The workspace is rendered per request: refresh the browser's view (the unread count in the header),
    // without emptying the public pages' cache.
    refresh();
    return { status: 'ok' };
  });
}
