import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { countAnonymousRefusal } from '@/data/anonymous-refusals';
import { GazetteError } from '@/data/errors';
import { clientAddress } from '@/web/client-address';
import { currentUser, type SignedIn } from '@/web/session';
import { translatedFieldErrors } from '@/domain/validation';
import { translator, type MessageKey, type Translate } from '@/messages';
import type { ActionState } from './action-state';

/** Form fields as plain values; repeated fields (checkbox groups) become arrays. Next's own fields are dropped. */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    fields[key] = values.length > 1 || key.endsWith('[]') ? values : (values[0] ?? '');
  }
  return fields;
}

/** Submitted fields safe to send back to the form: never a password. */
function echoable(fields: Record<string, string | string[]>) {
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !/password|current|next|confirm/i.test(key)),
  );
}

/** Codes a refusal names (a role, a content language) in the reader's words. */
function localisedParams(params: Record<string, string | number>, t: Translate) {
  const { role, language } = params;
  return {
    ...params,
    ...(typeof role === 'string' && role ? { role: t(`roles.${role}` as MessageKey) } : {}),
    ...(language === 'zh' || language === 'en' ? { language: t(`language.${language}`) } : {}),
  };
}

/**
 * The shape of every server action: resolve the signed-in user (refusing anonymous callers), parse the
 * form with zod, run the use case, and turn refusals and failures into a message in the user's language.
 */
export async function runAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  attempted: string,
  run: (input: z.output<S>, user: SignedIn) => Promise<ActionState> | ActionState,
): Promise<ActionState> {
  const user = await currentUser();
  if (!user) {
    countAnonymousRefusal(await clientAddress(), attempted);
    return { status: 'error', message: translator('en')('error.forbidden') };
  }
  // Only a form is an answer to a form's action; other arguments (a hostile client's) are invalid input.
  if (!(formData instanceof FormData)) return { status: 'error', message: user.t('error.invalidInput') };
  const fields = formFields(formData);
  const values = echoable(fields);
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    return {
      status: 'error',
      message: user.t('error.invalidInput'),
      fieldErrors: translatedFieldErrors(parsed.error, user.t),
      values,
    };
  }
  try {
    return await run(parsed.data, user);
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof GazetteError) {
      return { status: 'error', message: user.t(error.key, localisedParams(error.params, user.t)), values };
    }
    console.error(`[action ${attempted}]`, error);
    return { status: 'error', message: user.t('error.unexpected'), values };
  }
}
