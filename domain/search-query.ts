// Public search: what a visitor typed, turned into FTS5 MATCH expressions that cannot be a syntax error, and
// the snippets shown under each result. Pure; data/search.ts runs the queries. The tables and the reason
// for each are described in db/migrations/0003_search.sql.

export const MAX_QUERY_LENGTH = 200;
/** More terms only narrow an AND further; the cap bounds the work one request can ask for. */
export const MAX_TERMS = 12;

// The same ranges as the migration's bigram generator (U+3400–U+4DBF, U+4E00–U+9FFF).
const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF]/u;
const CJK_OR_NOT_RUNS = /[\u3400-\u4DBF\u4E00-\u9FFF]+|[^\u3400-\u4DBF\u4E00-\u9FFF]+/gu;
// What the unicode61 tokenizer keeps: a term with none of these has no tokens and could match nothing.
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const QUOTE = /["“”„]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export type SearchPlan = {
  /** Words and phrases for the porter/unicode61 table; all must match. */
  words: string[];
  /** Terms of three or more characters mixing CJK with other characters ("2024年"), for the trigram table. */
  substrings: string[];
  /** Terms made only of CJK characters, any length, for the bigram table. */
  cjk: string[];
};

export type SnippetPart = { text: string; hit: boolean };

/**
 * The terms of a query: text in double quotes (straight or curly) is one phrase, an unclosed quote runs to
 * the end, everything else splits on white space. Control and format characters are dropped; duplicates too.
 */
export function queryTerms(query: string): string[] {
  const clean = query.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const terms: string[] = [];
  clean.split(QUOTE).forEach((part, i) => {
    if (i % 2 === 1) {
      const phrase = part.trim().replace(/\s+/gu, ' ');
      if (phrase) terms.push(phrase);
    } else {
      terms.push(...part.split(/\s+/u).filter(Boolean));
    }
  });
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

const codePoints = (s: string) => [...s].length;

const ONLY_CJK = /^[\u3400-\u4DBF\u4E00-\u9FFF]+$/u;

/** Which table serves each term. */
export function planSearch(terms: string[]): SearchPlan {
  const plan: SearchPlan = { words: [], substrings: [], cjk: [] };
  for (const term of terms) {
    if (!CJK.test(term)) {
      if (TOKEN_CHAR.test(term)) plan.words.push(term);
      continue;
    }
    const core = term.replace(EDGE_PUNCTUATION, '');
    // "政府", "常务会议": a phrase of the bigram table's tokens, whatever the length.
    if (ONLY_CJK.test(core)) {
      plan.cjk.push(core);
      continue;
    }
    if (codePoints(core) >= 3) {
      plan.substrings.push(core);
      continue;
    }
    // A short mix such as "G基": its CJK part by bigram, the rest as a word.
    for (const run of core.match(CJK_OR_NOT_RUNS) ?? []) {
      if (CJK.test(run)) plan.cjk.push(run);
      else if (TOKEN_CHAR.test(run)) plan.words.push(run);
    }
  }
  return {
    words: [...new Set(plan.words)],
    substrings: [...new Set(plan.substrings)],
    cjk: [...new Set(plan.cjk)],
  };
}

/**
 * An FTS5 string: inside double quotes every character is literal to the query parser (AND, OR, NOT, NEAR,
 * *, -, ^, :, parentheses), and a quote is written twice. The tokenizer then splits it into a phrase.
 */
export const ftsString = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * A CJK term as the bigram table's tokens: one character is a prefix query (it starts a bigram, or is the
 * last character of a CJK run), two are one token, more are the phrase of their overlapping bigrams
 * (常务会议 → "常务 务会 会议"), which matches exactly where the term occurs in the text.
 */
export function bigramQuery(term: string): string {
  const chars = [...term];
  if (chars.length === 1) return `${ftsString(term)}*`;
  return ftsString(
    chars
      .slice(1)
      .map((c, i) => `${chars[i]}${c}`)
      .join(' '),
  );
}

export type TableTerms = { en: string[]; trigram: string[]; bigram: string[] };

/** Each term as an FTS5 query of its table. */
export function tableTerms(plan: SearchPlan): TableTerms {
  return {
    en: plan.words.map(ftsString),
    trigram: plan.substrings.map(ftsString),
    bigram: plan.cjk.map(bigramQuery),
  };
}

/** One MATCH expression per table (implicit AND between terms); undefined where a table has no terms. */
export function matchExpressions(plan: SearchPlan): { en?: string; trigram?: string; bigram?: string } {
  const join = (parts: string[]) => (parts.length ? parts.join(' ') : undefined);
  const terms = tableTerms(plan);
  return { en: join(terms.en), trigram: join(terms.trigram), bigram: join(terms.bigram) };
}

/** The same expression, matched in the headline column only. */
export const inHeadline = (expression: string) => `{headline} : (${expression})`;

/** Markdown source as the reader sees it, near enough for a snippet: no markup characters, one line. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-+*]|\d+[.)])[ \t]+/gmu, '')
    .replace(/\*+|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The parts of an FTS5 snippet() whose hits were wrapped in `open` … `close`. */
export function partsFromMarked(marked: string, open: string, close: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, chunk] of marked.split(open).entries()) {
    const [hit, rest] = i === 0 ? [undefined, chunk] : splitOnce(chunk, close);
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest.replaceAll(close, ''), hit: false });
  }
  return mergeParts(parts);
}

function splitOnce(s: string, sep: string): [string, string] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + sep.length)];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function termPattern(terms: string[]): RegExp | null {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  return sorted.length ? new RegExp(sorted.map(escapeRegExp).join('|'), 'giu') : null;
}

/** Marks every occurrence of the terms (literally, ignoring case) inside the parts not yet marked. */
export function markTerms(parts: SnippetPart[], terms: string[]): SnippetPart[] {
  const pattern = termPattern(terms);
  if (!pattern) return parts;
  const out: SnippetPart[] = [];
  for (const part of parts) {
    if (part.hit) {
      out.push(part);
      continue;
    }
    let last = 0;
    for (const m of part.text.matchAll(pattern)) {
      if (m.index > last) out.push({ text: part.text.slice(last, m.index), hit: false });
      out.push({ text: m[0], hit: true });
      last = m.index + m[0].length;
    }
    if (last < part.text.length) out.push({ text: part.text.slice(last), hit: false });
  }
  return mergeParts(out);
}

/**
 * A window of plain text around the first occurrence of any term, with the occurrences marked; the opening
 * of the text when none occurs in it (the match was in the headline).
 */
export function excerpt(text: string, terms: string[], width = 160): SnippetPart[] {
  const first = termPattern(terms)?.exec(text)?.index ?? 0;
  let start = Math.max(0, first - Math.floor(width / 4));
  let end = Math.min(text.length, start + width);
  // Never cut a surrogate pair in half.
  const lowSurrogate = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  if (lowSurrogate(start)) start -= 1;
  if (lowSurrogate(end)) end += 1;
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return markTerms([{ text: window, hit: false }], terms);
}

function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const prev = out.at(-1);
    if (prev && prev.hit === part.hit) prev.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
