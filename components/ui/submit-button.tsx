'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
};

const variants = {
  primary: 'bg-accent text-inverse hover:bg-accent-strong border-accent',
  secondary: 'bg-surface text-ink hover:bg-surface-muted border-line-strong',
  danger: 'bg-surface text-danger hover:bg-danger-soft border-danger',
};

/** A submit button that shows its pending label and cannot be pressed twice while the action runs. */
export function SubmitButton({ children, pendingLabel, variant = 'primary', name, value }: Props) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center rounded border px-4 py-2 text-sm font-medium disabled:cursor-wait disabled:opacity-70 ${variants[variant]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
