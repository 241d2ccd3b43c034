'use client';

import { translator } from '@/messages';

const t = translator('en');

export default function WorkspaceError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-danger-line bg-danger-soft p-6">
      <h1 className="text-xl font-semibold">{t('error.title')}</h1>
      <p className="mt-2">{t('error.unexpected')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded border border-line-strong bg-surface px-4 py-2"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
