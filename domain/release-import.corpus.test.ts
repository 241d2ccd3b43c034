import { afterAll, describe, expect, it } from 'vitest';
import { corpusText, RELEASE_CORPUS, type CorpusCase } from '@/test/fixtures/release-corpus';
import { parseRelease, ReleaseParseError, type ParsedRelease } from './release-import';
import { planImport } from './release-import-plan';

// Every case of the corpus, fact by fact. The tally printed at the end is the parser's accuracy per field
// (a fact counts when the parser yields exactly what the case says).

type Facts = Record<string, unknown>;

function read(c: CorpusCase): { facts: Facts; warnings: string[] } {
  const fileName = c.fileName ?? 'release.txt';
  let parsed: ParsedRelease;
  try {
    parsed = parseRelease(corpusText(c), { ...c.options, fileName });
  } catch (error) {
    if (!(error instanceof ReleaseParseError)) throw error;
    return { facts: { refused: error.code }, warnings: [error.reason] };
  }
  let refused: string | null = null;
  try {
    planImport(parsed, fileName);
  } catch (error) {
    if (!(error instanceof ReleaseParseError)) throw error;
    refused = error.code;
  }
  return {
    facts: {
      date: parsed.date,
      published: parsed.published,
      meetingNumber: parsed.meetingNumber,
      chair: parsed.chair,
      chairTitle: parsed.chairTitle,
      verb: parsed.verb,
      body: parsed.body,
      meetingName: parsed.meetingName,
      purpose: parsed.purpose,
      decisions: parsed.decisions,
      refused,
    },
    warnings: parsed.warnings,
  };
}

const tally = new Map<string, { right: number; total: number }>();
function count(field: string, right: boolean) {
  const t = tally.get(field) ?? { right: 0, total: 0 };
  tally.set(field, { right: t.right + (right ? 1 : 0), total: t.total + 1 });
}

afterAll(() => {
  const rows = [...tally].map(([field, t]) => `  ${field.padEnd(14)} ${t.right}/${t.total}`);
  console.log(
    `release corpus: ${RELEASE_CORPUS.length} cases; facts read right per field:\n${rows.join('\n')}`,
  );
});

describe('the release corpus', () => {
  it('has at least 60 cases, each with facts to check', () => {
    expect(RELEASE_CORPUS.length).toBeGreaterThanOrEqual(60);
    for (const c of RELEASE_CORPUS) expect(Object.keys(c.expect).length, c.name).toBeGreaterThan(0);
  });

  it.each(RELEASE_CORPUS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { facts, warnings } = read(c);
    const { warns, refused, ...fields } = c.expect;
    const wrong: string[] = [];
    for (const [field, expected] of Object.entries(fields)) {
      const right = JSON.stringify(facts[field] ?? null) === JSON.stringify(expected);
      count(field, right);
      if (!right)
        wrong.push(
          `${field}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(facts[field] ?? null)}`,
        );
    }
    // A refusal is checked when the case expects one, or expects the text to be importable as it stands.
    if (refused !== undefined || fields.body !== null) {
      const right = (facts.refused ?? null) === (refused ?? null);
      count('refusal', right);
      if (!right)
        wrong.push(`refusal: expected ${refused ?? 'none'}, got ${String(facts.refused ?? 'none')}`);
    }
    if (warns) {
      const right = warnings.some((w) => warns.test(w));
      count('warning', right);
      if (!right) wrong.push(`warning ${warns}: not among ${JSON.stringify(warnings)}`);
    }
    expect(wrong).toEqual([]);
  });
});
