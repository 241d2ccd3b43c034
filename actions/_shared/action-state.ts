/** What every form action returns to `useActionState`. */
export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was submitted, handed back on error so the form shows the user's text again. */
  values?: Record<string, string | string[]>;
  /** Extra result data, e.g. the id of what was created. */
  data?: Record<string, string | number | boolean | null>;
};

export const idle: ActionState = { status: 'idle' };
