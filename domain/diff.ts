import { diffWordsWithSpace } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A readable word-level difference between two texts (whitespace, including paragraph breaks, kept). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

export const hasChanges = (parts: DiffPart[]) => parts.some((p) => p.kind !== 'same');

/** The whole of a revision as one comparable text: headline, blank line, body. */
export const comparableText = (r: { headline: string; body: string }) => `${r.headline}\n\n${r.body}`;
