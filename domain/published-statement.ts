import { reportedDecisions } from './release-draft';
import type { DecisionSummary } from './vocabulary';

// What of a meeting's records may be shown beside its published release (the open-data API, the export).
// Records can change after publication (a correction being drafted), so a record's text is public only
// when the published headline or body states it: nothing unpublished leaks through the records.

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A test of whether a text (a title line, a decision's title) is stated in the published release. */
export function statedInRelease(headline: string, body: string): (text: string) => boolean {
  const published = normalise(`${headline}\n${body}`);
  return (text) => Boolean(text.trim()) && published.includes(normalise(text));
}

/**
 * What a published release says of its meeting's records: the chair's title line if the text states it,
 * and the decisions it reports (adopted, outright or in principle) and names, in the records' order.
 */
export function publishedRecords(
  headline: string,
  body: string,
  records: { chairTitle: string; decisions: ReadonlyArray<DecisionSummary> },
): { chairTitle: string; decisions: DecisionSummary[] } {
  const stated = statedInRelease(headline, body);
  return {
    chairTitle: stated(records.chairTitle) ? records.chairTitle.trim() : '',
    decisions: reportedDecisions(records)
      .filter((d) => stated(d.title))
      .map(({ title, kind, outcome }) => ({ title, kind, outcome })),
  };
}
