'use client';

import { signInWithPassword } from '@/actions/sign-in';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/messages';

type Props = {
  callbackUrl: string;
  /** The page's language, in which the action answers a refusal. */
  locale: Locale;
  labels: { username: string; password: string; submit: string; submitting: string };
};

export function LoginForm({ callbackUrl, locale, labels }: Props) {
  return (
    <ActionForm action={signInWithPassword} className="rounded border border-line bg-surface p-6">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="username" label={labels.username} required autoComplete="username" />
      <TextField
        name="password"
        label={labels.password}
        type="password"
        required
        autoComplete="current-password"
      />
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </ActionForm>
  );
}
