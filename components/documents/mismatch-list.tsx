import type { Mismatch } from '@/domain/release-consistency';
import type { Translate } from '@/messages';

export function MismatchList({ mismatches, t }: { mismatches: Mismatch[]; t: Translate }) {
  if (mismatches.length === 0) {
    return (
      <p className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
        {t('documents.consistent')}
      </p>
    );
  }
  return (
    <section aria-labelledby="mismatch-heading" className="rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="mismatch-heading" className="font-semibold">
        {t('documents.mismatches')}
      </h2>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {mismatches.map((m, i) => (
          <li key={i}>
            {m.kind === 'ordinal'
              ? t('documents.mismatch.ordinal', { expected: m.expected, found: m.found.join(', ') || '—' })
              : t(`documents.mismatch.${m.kind}`, { expected: m.expected })}
          </li>
        ))}
      </ul>
    </section>
  );
}
