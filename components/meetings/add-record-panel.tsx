'use client';

import { useCallback, useState, type ReactNode } from 'react';
import type { ActionState } from '@/actions/_shared/action-state';
import { ActionForm } from '@/components/ui/action-form';

type Props = {
  /** The summary that opens the panel, the form's name and its button's label. */
  label: string;
  /** Announced once a record is added, when the panel has closed. */
  added: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
};

/**
 * The form that adds an agenda item or a decision, folded under its summary. Once a record is added the
 * panel closes and its form is made anew, every field back to its default (the kind's select included,
 * which a form reset does not bring back), so the next record is not entered over the last.
 */
export function AddRecordPanel({ label, added, action, children }: Props) {
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const closeOnceAdded = useCallback((state: ActionState) => {
    if (state.status !== 'ok') return;
    setOpen(false);
    setGeneration((n) => n + 1);
  }, []);
  return (
    <>
      <details
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="mt-4 rounded border border-line bg-surface p-4"
      >
        <summary className="cursor-pointer font-medium">{label}</summary>
        <ActionForm
          key={generation}
          action={action}
          onOutcome={closeOnceAdded}
          className="mt-4"
          aria-label={label}
        >
          {children}
        </ActionForm>
      </details>
      <p role="status" className="mt-2 text-sm text-success">
        {generation > 0 && !open ? added : ''}
      </p>
    </>
  );
}
