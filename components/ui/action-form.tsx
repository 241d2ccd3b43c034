'use client';

import { createContext, useActionState, useContext, useLayoutEffect, type ReactNode } from 'react';
import { idle, type ActionState } from '@/actions/_shared/action-state';

const FormStateContext = createContext<ActionState>(idle);

/** The state of the enclosing ActionForm: field errors and the values handed back after an error. */
export const useActionFormState = () => useContext(FormStateContext);

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  /** Asked before submitting (destructive or public actions); the form is not sent unless confirmed. */
  confirm?: string;
  'aria-label'?: string;
  /** Told each outcome once it is shown (the action itself stays the server's, so the form works before hydration). */
  onOutcome?: (state: ActionState) => void;
};

/** A form bound to a server action with useActionState, showing its outcome beneath the fields. */
export function ActionForm({ action, children, className, confirm, onOutcome, ...rest }: Props) {
  const [state, formAction] = useActionState(action, idle);
  // Before paint: what follows from an outcome (a panel closing) shows in the same frame as the outcome.
  useLayoutEffect(() => {
    if (state !== idle) onOutcome?.(state);
  }, [state, onOutcome]);
  return (
    <form
      action={formAction}
      className={className}
      aria-label={rest['aria-label']}
      onSubmit={confirm ? (event) => !window.confirm(confirm) && event.preventDefault() : undefined}
    >
      <FormStateContext value={state}>{children}</FormStateContext>
      <FormMessage state={state} />
    </form>
  );
}

function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  const error = state.status === 'error';
  return (
    <p
      role={error ? 'alert' : 'status'}
      data-form-message={state.status}
      className={`mt-3 rounded border px-3 py-2 text-sm ${
        error
          ? 'border-danger-line bg-danger-soft text-danger'
          : 'border-success-line bg-success-soft text-success'
      }`}
    >
      {state.message}
    </p>
  );
}
