'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateAfter } from '@/data/revalidate-after';
import { getSiteSettings } from '@/data/site-settings';
import { scheduleDocument as scheduleRecord } from '@/data/workflow';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import { idField } from '@/domain/validation';
import { reviewPagePath, withDone } from '@/domain/step-done';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({
  documentId: idField,
  // As a datetime-local input sends it, in the site's time zone.
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'validation.dateTime' }),
});

export async function scheduleDocument(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'scheduleDocument', ({ documentId, at }, { actor }) => {
    const { timeZone } = getSiteSettings();
    const instant = zonedLocalToInstant(at, timeZone);
    revalidateAfter(scheduleRecord(actor, documentId, instant));
    // The page names the time, in the site's zone, from the document itself.
    redirect(withDone(reviewPagePath(documentId), 'schedule'));
  });
}
