'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/web/auth';
import { callbackPath } from '@/web/callback-path';
import { isLocale, translator } from '@/messages';
import type { ActionState } from './_shared/action-state';

export async function signInWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // Only a form is an answer to the sign-in form; other arguments (a hostile client's) are invalid input.
  if (!(formData instanceof FormData)) {
    return { status: 'error', message: translator('en')('error.invalidInput') };
  }
  const locale = formData.get('locale');
  const t = translator(isLocale(locale) ? locale : 'en');
  try {
    await signIn('credentials', {
      username: formData.get('username'),
      password: formData.get('password'),
      redirectTo: callbackPath(formData.get('callbackUrl')),
    });
    return { status: 'ok' };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials were refused.
    if (error instanceof AuthError) return { status: 'error', message: t('login.invalid') };
    throw error;
  }
}
