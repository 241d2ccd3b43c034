'use client';

import { useId, type ReactNode } from 'react';
import { useActionFormState } from './action-form';

type Common = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** The language of the value typed in, when it is not the page's (a record's other-language field). */
  lang?: string;
};

const inputClass =
  'mt-1 block w-full rounded border border-line-strong bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger';

/** A field's label, hint and error around its control (`${id}-hint` and `${id}-error` describe it). */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  children,
}: { id: string; error?: string; children: ReactNode } & Omit<Common, 'name' | 'lang'>) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function useField(name: string, hint?: string) {
  const id = useId();
  const state = useActionFormState();
  const error = state.fieldErrors?.[name];
  const echoed = state.status === 'error' ? state.values?.[name] : undefined;
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, error, echoed: typeof echoed === 'string' ? echoed : undefined, describedBy };
}

export function TextField({
  name,
  label,
  hint,
  required,
  lang,
  defaultValue,
  type = 'text',
  autoComplete,
}: Common & {
  defaultValue?: string | number;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'password' | 'email';
  autoComplete?: string;
}) {
  const { id, error, echoed, describedBy } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type={type}
        lang={lang}
        required={required}
        autoComplete={autoComplete}
        defaultValue={echoed ?? defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function TextArea({
  name,
  label,
  hint,
  required,
  lang,
  defaultValue,
  rows = 4,
}: Common & { defaultValue?: string; rows?: number }) {
  const { id, error, echoed, describedBy } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        lang={lang}
        required={required}
        defaultValue={echoed ?? defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className={inputClass}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  defaultValue,
  options,
}: Common & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const { id, error, echoed, describedBy } = useField(name, hint);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue={echoed ?? defaultValue}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  defaultChecked = [],
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultChecked?: string[];
}) {
  const state = useActionFormState();
  const error = state.fieldErrors?.[name];
  // After a refused submission, show what the user had ticked, not the defaults.
  const echoed = state.status === 'error' ? state.values?.[name] : undefined;
  const checked = echoed === undefined ? defaultChecked : ([] as string[]).concat(echoed);
  return (
    <fieldset className="mb-4">
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm font-medium text-danger">{error}</p> : null}
    </fieldset>
  );
}
