'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createBody as createBodyRecord } from '@/data/meetings';
import { choice, optionalText } from '@/domain/validation';
import { CONTENT_LANGUAGES } from '@/domain/vocabulary';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

// A body's names in both languages; its original language's names are required (its releases are written
// in that language first), the translation's may follow.
const schema = z
  .object({
    originalLanguage: choice(CONTENT_LANGUAGES).default('zh'),
    name: optionalText(300),
    nameZh: optionalText(300),
    meetingName: optionalText(100),
    meetingNameZh: optionalText(100),
  })
  .superRefine((input, ctx) => {
    const required =
      input.originalLanguage === 'zh'
        ? (['nameZh', 'meetingNameZh'] as const)
        : (['name', 'meetingName'] as const);
    for (const field of required) {
      if (!input[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    }
  });

export async function createBody(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'createBody', (input, { actor, t }) => {
    createBodyRecord(actor, input);
    revalidatePath('/admin/bodies');
    const name = input.originalLanguage === 'zh' ? input.nameZh : input.name;
    return { status: 'ok', message: t('bodies.created', { name }) };
  });
}
