import { reportedDecisions } from './release-draft';
import { namedDecisions } from './release-import';
import { chineseTitle } from './release-draft-zh';
import type { ContentLanguage, DecisionSummary } from './vocabulary';

// What of a meeting's records a published release states, taken when it is published (the snapshot the
// open-data API and the export show). Records can change after publication (a correction being drafted),
// so a record's text is kept only when the published headline or body states it.

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const asTitle = (s: string) =>
  normalise(s)
    .replace(/^the /, '')
    .replace(/[.;,]$/, '');
// Stored bodies are Markdown: an imported release escapes its punctuation ("\*"), which the text does not say.
const unescapeMarkdown = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** A test of whether a text (a title line) is stated anywhere in the published release. */
export function statedInRelease(headline: string, body: string): (text: string) => boolean {
  const published = normalise(`${headline}\n${body}`);
  return (text) => Boolean(text.trim()) && published.includes(normalise(text));
}

/**
 * A test of whether the release names a decision by its whole title as deliberated and adopted: a title
 * that only occurs inside a longer one ("Measures" in "Several Policies and Measures …") is not named.
 */
export function namedInRelease(body: string): (title: string) => boolean {
  const titles = new Set(
    namedDecisions(unescapeMarkdown(body).split(/\n\s*\n/)).map((d) => asTitle(d.title)),
  );
  return (title) => titles.has(asTitle(title));
}

/**
 * A test of whether a Chinese release names a decision: a document's title stands whole inside 《》 (so a
 * title found only inside a longer one is not named); a list's or a naming's phrase, which the house style
 * writes without 《》, is named when the text states it.
 */
export function namedInChineseRelease(
  body: string,
): (title: string, kind: DecisionSummary['kind']) => boolean {
  // Compared without whitespace, as the consistency check compares them: a stray space or line break
  // inside 《》 neither fails the check nor drops the decision from what the publication states.
  const compact = (s: string) => s.replace(/\s+/gu, '');
  const text = compact(unescapeMarkdown(body));
  const titles = new Set([...text.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!));
  return (title, kind) => {
    // As the drafting writes it: in 《》, or without them for a list's or a naming's phrase.
    const written = compact(chineseTitle({ title, kind }));
    const bracketed = /^《(.*)》$/.exec(written);
    if (bracketed) return Boolean(bracketed[1]) && titles.has(bracketed[1]!);
    return Boolean(written) && text.includes(written);
  };
}

/**
 * What a published release says of its meeting's records, in the release's language: the chair's title
 * line if the text states it, and the decisions it reports (adopted, outright or in principle) and names,
 * in the records' order. The records given are those of that language (their titles as it writes them).
 */
export function publishedRecords(
  headline: string,
  body: string,
  records: { chairTitle: string; decisions: ReadonlyArray<DecisionSummary> },
  language: ContentLanguage = 'en',
): { chairTitle: string; decisions: DecisionSummary[] } {
  const stated = statedInRelease(headline, body);
  const named: (title: string, kind: DecisionSummary['kind']) => boolean =
    language === 'zh' ? namedInChineseRelease(body) : namedInRelease(body);
  return {
    chairTitle: stated(records.chairTitle) ? records.chairTitle.trim() : '',
    decisions: reportedDecisions(records)
      .filter((d) => named(d.title, d.kind))
      .map(({ title, kind, outcome }) => ({ title, kind, outcome })),
  };
}
