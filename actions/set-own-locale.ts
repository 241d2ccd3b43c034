'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setOwnLocale as setLocaleRecord } from '@/data/users';
import { LOCALES, translator } from '@/messages';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ locale: z.enum(LOCALES) });

export async function setOwnLocale(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setOwnLocale', ({ locale }, { actor }) => {
    setLocaleRecord(actor, locale);
    revalidatePath('/', 'layout');
    // Said in the language just chosen.
    return { status: 'ok', message: translator(locale)('account.languageSaved') };
  });
}
