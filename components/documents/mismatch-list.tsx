import { isWarning, type Mismatch } from '@/domain/release-consistency';
import type { Translate } from '@/messages';

/** One finding of the consistency check, in the reader's words. */
function findingText(m: Mismatch, t: Translate): string {
  switch (m.kind) {
    case 'ordinal':
      return t('documents.mismatch.ordinal', { expected: m.expected, found: m.found.join(', ') || '—' });
    case 'chair_name':
      return t('documents.mismatch.chair_name_in', {
        expected: m.expected,
        where: t(`documents.part.${m.where}`),
      });
    case 'chair_name_near':
      return t('documents.mismatch.chair_name_near', {
        expected: m.expected,
        found: m.found,
        where: t(`documents.part.${m.where}`),
      });
    default:
      return t(`documents.mismatch.${m.kind}`, { expected: m.expected });
  }
}

/**
 * The consistency check's findings: differences from the records (they block a submission) and warnings
 * (likely typos, for a person to judge).
 */
export function MismatchList({
  mismatches,
  t,
  minutes = false,
}: {
  mismatches: Mismatch[];
  t: Translate;
  /** The minutes' check (the release's is the default). */
  minutes?: boolean;
}) {
  if (mismatches.length === 0) {
    return (
      <p className="rounded border border-success-line bg-success-soft p-3 text-sm text-success">
        {t(minutes ? 'minutes.consistent' : 'documents.consistent')}
      </p>
    );
  }
  const groups = [
    {
      id: 'mismatch-heading',
      heading: t('documents.mismatches'),
      items: mismatches.filter((m) => !isWarning(m)),
    },
    { id: 'warning-heading', heading: t('documents.warnings'), items: mismatches.filter(isWarning) },
  ].filter((g) => g.items.length > 0);
  return (
    <div className="space-y-3">
      {groups.map((g) => (
        <section
          key={g.id}
          aria-labelledby={g.id}
          className="rounded border border-warning-line bg-warning-soft p-4"
        >
          <h2 id={g.id} className="font-semibold">
            {g.heading}
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {g.items.map((m, i) => (
              <li key={i}>{findingText(m, t)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
