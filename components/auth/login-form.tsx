'use client';

import { signInWithPassword } from '@/actions/sign-in';
import { ActionForm } from '@/components/ui/action-form';
import { TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';

type Props = {
  callbackUrl: string;
  labels: { username: string; password: string; submit: string; submitting: string };
};

export function LoginForm({ callbackUrl, labels }: Props) {
  return (
    <ActionForm action={signInWithPassword} className="rounded border border-slate-300 bg-white p-6">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
