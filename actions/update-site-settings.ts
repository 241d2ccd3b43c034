'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateSiteSettings as updateRecord } from '@/data/site-settings';
import { optionalText, requiredText } from '@/domain/validation';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const schema = z.object({
  sectionName: requiredText(100),
  hostedBy: optionalText(300),
  operator: optionalText(300),
  websiteCode: optionalText(100),
  icpNumber: optionalText(200),
  securityRecord: optionalText(300),
  sectionNameZh: requiredText(100),
  hostedByZh: optionalText(300),
  operatorZh: optionalText(300),
  icpNumberZh: optionalText(200),
  securityRecordZh: optionalText(300),
  timeZone: requiredText(100).refine(isTimeZone, { message: 'settings.invalidTimeZone' }),
  followUpReminderDays: z.coerce
    .number({ message: 'validation.number' })
    .int()
    .min(1, { message: 'validation.number' })
    .max(90),
  // A checkbox: present ("on") when ticked, absent otherwise.
  translationFirst: z
    .literal('on', { message: 'validation.choice' })
    .optional()
    .transform((value) => value === 'on'),
});

export async function updateSiteSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'updateSiteSettings', (input, { actor, t }) => {
    updateRecord(actor, input);
    revalidatePath('/', 'layout');
    return { status: 'ok', message: t('settings.saved') };
  });
}
