'use client';

import { useState } from 'react';
import { useActionFormState } from '@/components/ui/action-form';

type Labels = { copyNow: string; value: string; copy: string; copied: string };

/** The token just issued, shown once inside the issuing form, with a button that copies it. */
export function IssuedToken({ labels }: { labels: Labels }) {
  const state = useActionFormState();
  const [copied, setCopied] = useState<string | null>(null);
  const token = state.status === 'ok' ? state.data?.token : undefined;
  if (typeof token !== 'string') return null;
  return (
    <div className="mb-4 rounded border border-warning-line bg-warning-soft p-4">
      <p className="mb-2 text-sm font-medium text-warning">{labels.copyNow}</p>
      <label className="block text-sm font-medium text-ink" htmlFor="issued-token">
        {labels.value}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="issued-token"
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-w-0 flex-1 rounded border border-line-strong bg-surface px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          className="rounded border border-line-strong bg-surface px-4 py-2 text-sm font-medium hover:bg-surface-muted"
          onClick={async () => {
            await navigator.clipboard.writeText(token);
            setCopied(token);
          }}
        >
          {labels.copy}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-success">
        {copied === token ? labels.copied : ''}
      </p>
    </div>
  );
}
