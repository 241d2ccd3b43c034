import type { DocumentChangeKind, Validity } from './vocabulary';

// How an issued document's validity changes over time. A later document amends or repeals it when that
// one is published; the ticker marks it expired once its last day in force has passed. Repealed and
// expired are final: nothing brings a document back into force (a new document is issued instead).

export type ValidityEvent =
  { kind: DocumentChangeKind; on: string; byDocumentId: number } | { kind: 'expire'; on: string };

export type ValidityState = {
  validity: Validity;
  changedOn: string | null;
  changedById: number | null;
};

export type ValidityOutcome = { changed: true; next: ValidityState } | { changed: false; reason: 'final' };

const FINAL: readonly Validity[] = ['repealed', 'expired'];

/** The state after an event, or why it does not apply. An amended document may be amended again. */
export function applyValidityEvent(state: ValidityState, event: ValidityEvent): ValidityOutcome {
  if (FINAL.includes(state.validity)) return { changed: false, reason: 'final' };
  switch (event.kind) {
    case 'amends':
      return {
        changed: true,
        next: { validity: 'amended', changedOn: event.on, changedById: event.byDocumentId },
      };
    case 'repeals':
      return {
        changed: true,
        next: { validity: 'repealed', changedOn: event.on, changedById: event.byDocumentId },
      };
    case 'expire':
      return { changed: true, next: { validity: 'expired', changedOn: event.on, changedById: null } };
  }
}

/**
 * Whether a document in force has expired by `today` (ISO dates in the site's time zone): its last day in
 * force, `validUntil`, is before today.
 */
export const hasExpired = (validUntil: string | null, today: string): boolean =>
  validUntil !== null && validUntil < today;

/**
 * The last day in force of a document effective from `effectiveOn` for a number of years: the day before
 * the same date that many years later (2024-03-06 for four years: until 2028-03-05).
 */
export function lastDayInForce(effectiveOn: string, years: number): string {
  const [y, m, d] = effectiveOn.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
