'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateSiteSettings as updateRecord, type EmblemChange } from '@/data/site-settings';
import { emblemType } from '@/domain/emblem';
import type { MessageKey } from '@/messages';
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
  bodyName: optionalText(200),
  bodyNameZh: optionalText(200),
  emblemAlt: optionalText(200),
  emblemAltZh: optionalText(200),
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
  removeEmblem: z
    .literal('on', { message: 'validation.choice' })
    .optional()
    .transform((value) => value === 'on'),
});

/** The emblem the form carries: a new file (its type read from its bytes), a removal, or no change. */
async function emblemChange(formData: FormData, remove: boolean): Promise<EmblemChange | { error: string }> {
  if (remove) return 'remove';
  const file = formData.get('emblem');
  if (!(file instanceof File) || file.size === 0) return null;
  const bytes = Buffer.from(await file.arrayBuffer());
  const sniffed = emblemType(bytes);
  return 'error' in sniffed ? sniffed : { bytes, type: sniffed.type };
}

export async function updateSiteSettings(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    schema,
    'updateSiteSettings',
    async ({ removeEmblem, ...input }, { actor, t }) => {
      const emblem = await emblemChange(formData, removeEmblem);
      if (emblem && typeof emblem === 'object' && 'error' in emblem) {
        return { status: 'error', message: t(emblem.error as MessageKey) };
      }
      updateRecord(actor, input, emblem);
      revalidatePath('/', 'layout');
      return { status: 'ok', message: t('settings.saved') };
    },
  );
}
