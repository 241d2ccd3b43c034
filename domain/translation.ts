// A translation and its original: when the translation has fallen behind.

/**
 * Whether a translation is stale: its original has a published revision newer than the one the
 * translation's current text was translated from (or the translation never named one). Revision ids grow
 * with time, so "newer" is "greater". A translation with no text yet is not stale: it is not written.
 */
export function translationIsStale(facts: {
  originalPublishedRevisionId: number | null;
  translationCurrentRevisionId: number | null;
  translatedFromRevisionId: number | null;
}): boolean {
  const published = facts.originalPublishedRevisionId;
  if (published === null || facts.translationCurrentRevisionId === null) return false;
  return facts.translatedFromRevisionId === null || facts.translatedFromRevisionId < published;
}
