'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { translator } from '@/messages';
import type { ActionState } from './_shared/action-state';

/** Only same-site paths are followed after sign-in, never an absolute URL someone slipped in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === 'string' ? value : '';
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/meetings';
}

export async function signInWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await signIn('credentials', {
      username: formData.get('username'),
      password: formData.get('password'),
      redirectTo: safeCallback(formData.get('callbackUrl')),
    });
    return { status: 'ok' };
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors mean the credentials were refused.
    if (error instanceof AuthError) return { status: 'error', message: translator('en')('login.invalid') };
    throw error;
  }
}
