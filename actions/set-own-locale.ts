'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { setOwnLocale as setLocaleRecord } from '@/data/users';
import { LOCALES, translator } from '@/messages';
import type { ActionState } from './_shared/action-state';
import { runAction } from './_shared/run-action';

const schema = z.object({ locale: z.enum(LOCALES) });

export async function setOwnLocale(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, schema, 'setOwnLocale', ({ locale }, { actor }) => {
    setLocaleRecord(actor, locale);
    // The workspace is rendered per request: refresh the browser's view of it in the new language, without
    // emptying the public pages' cache (they do not depend on anyone's language setting).
    refresh();
    // Said in the language just chosen.
    return { status: 'ok', message: translator(locale)('account.languageSaved') };
  });
}
