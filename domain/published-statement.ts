// What of a meeting's records may be shown beside its published release (the open-data API, the export).
// Records can change after publication (a correction being drafted), so a record's text is public only
// when the published headline or body states it: nothing unpublished leaks through the records.

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A test of whether a text (a title line, a decision's title) is stated in the published release. */
export function statedInRelease(headline: string, body: string): (text: string) => boolean {
  const published = normalise(`${headline}\n${body}`);
  return (text) => Boolean(text.trim()) && published.includes(normalise(text));
}
