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
  primary: 'bg-blue-800 text-white hover:bg-blue-900 border-blue-800',
  secondary: 'bg-white text-slate-900 hover:bg-slate-100 border-slate-400',
  danger: 'bg-white text-red-800 hover:bg-red-50 border-red-700',
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
