// Decisions in a release's text: every document deliberated and adopted, however the sentence says it
// ("The meeting deliberated and adopted the A, the B and the C", "At the meeting, X was approved",
// "In principle, the meeting approved X", "decided to name …"). Pure.
import type { DecisionKind, DecisionOutcome } from './vocabulary';

export type ImportedDecision = {
  title: string;
  /** Guessed from the title; null when no kind fits (a warning says so). */
  kind: DecisionKind | null;
  outcome: DecisionOutcome;
};

// Words that name a document; a list piece without one is part of the previous title, not a new one.
// The end is a lookahead, not \b: "Communiqué" ends in a letter that \b does not count as one.
const DOCUMENT_WORD =
  /\b(plans?|programmes?|programs?|schemes?|outlines?|measures|policies|notices?|opinions|regulations|rules|provisions|reports?|lists?|nominations|decisions?|guidelines|guidance|methods|catalogues?|catalogs?|strategy|strategies|standards|procedures|budgets?|proposals?|drafts?|laws?|circulars?|arrangements|mechanisms?|communiqu[eé]s?|amendments?)(?![\wé])/i;

// Active wording: "<subject> deliberated and adopted the A, the B and the C", and "decided to name …".
const ACTIVE =
  /\b(?:(?<naming>decided to name)|(?<verb>(?:deliberated|reviewed|discussed|examined|considered) and (?:adopted|approved|passed)|adopted|approved|passed))(?<principle>,?\s+in principle,?)?\s+(?=the\s|[A-Z0-9])/g;

// Passive wording: "The A (and the B) was/were (deliberated and) adopted/passed/approved (in principle)".
const PASSIVE =
  /\s+(?:was|were)\s+(?:also\s+)?(?:(?:deliberated|reviewed|discussed|examined|considered)\s+and\s+)?(?:adopted|approved|passed)(?<principle>\s+in principle)?\b/;

// Where a list of titles ends inside a sentence: a participle clause, or the next verb of the subject.
const LIST_END =
  /,\s+(?:(?:emphasizing|emphasising|stressing|noting|pointing out|requiring|calling for|which|so as)\b|(?:and\s+)?(?:also\s+)?(?:deliberated|reviewed|discussed|decided|heard|studied|listened|approved|adopted|passed)\b)/;

// What a sentence may open with before its subject: "Also at the meeting,", "In principle,", "In the meeting,".
const LEAD_IN =
  /^(?:(?:also|besides|in addition|moreover|furthermore|meanwhile|in principle)\s*,?\s+)*(?:(?:at|during|in)\s+the\s+(?:[\w-]+\s+){0,3}?meeting\s*,\s+)?/i;

/**
 * The decisions a release's paragraphs name as deliberated and adopted (or as named), each by its whole
 * title as the import reads it: what the text itself says was decided.
 */
export function namedDecisions(paragraphs: readonly string[]): ImportedDecision[] {
  const ignored: string[] = [];
  return paragraphs.flatMap((p) => readDecisions(p.replace(/\s+/g, ' ').trim(), ignored));
}

/**
 * The decisions of one paragraph. `cut`: the paragraph ends mid-sentence (the file was cut short), so its
 * last sentence is a fragment from which nothing is read.
 */
export function readDecisions(paragraph: string, warnings: string[], cut = false): ImportedDecision[] {
  const decisions: ImportedDecision[] = [];
  const all = sentences(paragraph);
  for (const sentence of cut ? all.slice(0, -1) : all) {
    // "In principle, the meeting approved X": the lead-in qualifies everything the sentence adopts.
    const principle = /^in principle\s*,/i.test(sentence);
    const found = [...readActive(sentence, warnings), ...readPassive(sentence, warnings)].map((d) =>
      principle && d.outcome === 'adopted' ? { ...d, outcome: 'adopted_in_principle' as const } : d,
    );
    // A sentence that speaks of adopting something and yields nothing is reported, never dropped silently.
    // Outcomes Gazette does not read (deferred, a designation) are reported the same way.
    if (
      !found.length &&
      /\b(adopted|approved|passed|decided to name|deferred|postponed|designated)\b/.test(sentence)
    ) {
      warnings.push(
        `not placed (speaks of an adoption or another outcome, but no title was found): ${sentence}`,
      );
    }
    decisions.push(...found);
  }
  return decisions;
}

function readActive(sentence: string, warnings: string[]): ImportedDecision[] {
  const decisions: ImportedDecision[] = [];
  let clauseStart = 0;
  for (const m of sentence.matchAll(ACTIVE)) {
    if (m.index < clauseStart) continue;
    const before = sentence.slice(clauseStart, m.index);
    // "was adopted" is the passive form; "that … adopted the" is the emphasis text, not the meeting's act.
    if (/\b(was|were|been|be)\s+(\w+\s+and\s+)?$/.test(before)) continue;
    if (!isSubjectClause(before)) continue;

    const start = m.index + m[0].length;
    const tail = sentence.slice(start);
    const end = LIST_END.exec(tail);
    const object = (end ? tail.slice(0, end.index) : tail).trim();
    clauseStart = start + (end ? end.index : tail.length);

    if (m.groups!.naming) {
      decisions.push({ title: object, kind: 'naming', outcome: 'adopted' });
      continue;
    }
    let outcome: DecisionOutcome = m.groups!.principle ? 'adopted_in_principle' : 'adopted';
    let list = object;
    // "adopted the A in principle": the qualifier may also follow the title.
    if (/\s+in principle$/.test(list)) {
      list = list.replace(/\s+in principle$/, '');
      outcome = 'adopted_in_principle';
    }
    decisions.push(...splitTitles(list, warnings).map((title) => decision(title, outcome, warnings)));
  }
  return decisions;
}

/**
 * The verb belongs to the meeting when it opens its clause: "The Executive Meeting also deliberated…",
 * ", and reviewed and approved…", "heard a report on X and deliberated and adopted…". A verb deep inside
 * emphasis text ("…that the measures adopted the…") does not.
 */
function isSubjectClause(before: string): boolean {
  if (/\bthat\b/.test(before)) return false;
  const clause = before
    .split(/[,;]\s+|\s+and\s+/)
    .at(-1)!
    .trim();
  return clause.split(/\s+/).filter(Boolean).length <= 8;
}

function readPassive(sentence: string, warnings: string[]): ImportedDecision[] {
  const m = PASSIVE.exec(sentence);
  if (!m) return [];
  // The subject is the sentence up to "was", without a lead-in such as "At the meeting," or "In principle,".
  const subject = sentence.slice(0, m.index).replace(LEAD_IN, '').trim();
  if (!DOCUMENT_WORD.test(subject)) return [];
  const outcome: DecisionOutcome = m.groups!.principle ? 'adopted_in_principle' : 'adopted';
  return splitTitles(subject, warnings).map((title) => decision(title, outcome, warnings));
}

/**
 * "the A, the B and the C" → A, B, C. The house style puts "the" before every title, so the list splits only
 * where a comma or "and" is followed by "the": a comma inside a title ("Small, Medium and Micro Enterprises")
 * keeps the title whole. A piece naming no document ("…Agriculture and the Countryside") rejoins the title
 * before it. A list without articles cannot be split safely: it stays whole, with a warning.
 */
function splitTitles(list: string, warnings: string[]): string[] {
  const separator = /,\s+and\s+(?=the\s)|,\s+(?=the\s)|\s+and\s+(?=the\s)/g;
  const titles: string[] = [];
  let last = 0;
  const pieces: { sep: string; text: string }[] = [];
  for (const m of list.matchAll(separator)) {
    pieces.push({ sep: m[0], text: list.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  pieces.push({ sep: '', text: list.slice(last) });

  let pendingSep = '';
  for (const piece of pieces) {
    if (titles.length && !DOCUMENT_WORD.test(piece.text))
      titles[titles.length - 1] += pendingSep + piece.text;
    else titles.push(piece.text);
    pendingSep = piece.sep;
  }

  const cleaned = titles.map((t) => t.trim()).filter(Boolean);
  for (const t of cleaned) {
    // Several document words joined by a comma, or by "and" without the house style's "the", may be two
    // titles run together ("Measures for A, Plan for B"); "the Policies and Measures for A" is one.
    const documentWords = t.match(new RegExp(DOCUMENT_WORD, 'gi'))?.length ?? 0;
    const ambiguous = /,/.test(t) || (!/^the\s/.test(t) && /\sand\s/.test(t));
    if (documentWords > 1 && ambiguous) {
      warnings.push(`could not tell whether this is one title or several; kept whole: ${withoutArticle(t)}`);
    }
  }
  return cleaned.map(withoutArticle);
}

function withoutArticle(title: string): string {
  return title.replace(/^the\s+/i, '');
}

function decision(title: string, outcome: DecisionOutcome, warnings: string[]): ImportedDecision {
  const kind = guessKind(title);
  if (!kind) warnings.push(`could not guess the kind of decision from its title: ${title}`);
  return { title, kind, outcome };
}

/**
 * The kind from the title's head ("Several Policies and Measures", "Notice", "list") before its first
 * "of/on/for…": a "Notice on Issuing the Measures…" is a notice. Only when the head names nothing is the
 * whole title read. Regulations, rules, opinions, decisions and the like have no kind of their own yet.
 */
export function guessKind(title: string): DecisionKind | null {
  const head = title.split(/\s+(?:of|on|for|concerning|regarding|about|to)\s+/)[0]!;
  return kindOf(head) ?? kindOf(title);
}

function kindOf(text: string): DecisionKind | null {
  const t = text.toLowerCase();
  if (/\bpolicies and measures\b/.test(t)) return 'policies_and_measures';
  if (/\bnominations?\b|\blists?\b/.test(t)) return 'nomination_list';
  if (/\bnotices?\b|\bcirculars?\b/.test(t)) return 'notice';
  if (/\bmeasures\b/.test(t)) return 'measures';
  if (/\bplans?\b|\bprogrammes?\b|\bprograms?\b|\bschemes?\b|\boutlines?\b/.test(t)) return 'plan';
  if (/\breports?\b/.test(t)) return 'report';
  return null;
}

// Abbreviations whose period does not end a sentence ("No. 5", "Dec. 21", "Mr. Huang").
const ABBREVIATION =
  /\b(No|Nos|Art|Arts|Mr|Ms|Mrs|Dr|St|Co|Ltd|Inc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|etc|vs)\.$/;

/** Sentences of a paragraph, without their final period. */
function sentences(paragraph: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?]\s+(?=[A-Z"“])/g)) {
    const candidate = paragraph.slice(start, m.index + 1);
    if (ABBREVIATION.test(candidate)) continue;
    result.push(candidate);
    start = m.index + m[0].length;
  }
  result.push(paragraph.slice(start));
  return result.map((s) => s.trim().replace(/[.!?]$/, '')).filter(Boolean);
}
