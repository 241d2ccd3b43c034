'use client';

import { translator } from '@/messages';

const t = translator('en');

export default function WorkspaceError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold">{t('error.title')}</h1>
      <p className="mt-2">{t('error.unexpected')}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded border border-slate-400 bg-white px-4 py-2"
      >
        {t('error.retry')}
      </button>
    </div>
  );
}
