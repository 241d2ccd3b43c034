// Reads a published press release back into records: the plain text of a release as the provincial site shows
// it (section line, navigation words, headline, body paragraphs, "Updated:" line, site footer), written in the
// house style that domain/release-draft.ts drafts. Pure: no I/O, so the CLI, the upload page and the tests
// share it.
import { isIsoDate } from './dates';
import type { DecisionKind, DecisionOutcome } from './vocabulary';

export type ImportedDecision = {
  title: string;
  /** Guessed from the title; null when no kind fits (a warning says so). */
  kind: DecisionKind | null;
  outcome: DecisionOutcome;
};

export type ParsedRelease = {
  headline: string;
  /** ISO YYYY-MM-DD, or null when the year or the day could not be known (a warning says why). */
  date: string | null;
  meetingNumber: number | null;
  chair: string | null;
  /** The chair's title line; '' when the chair is named without one, null when no chair was found. */
  chairTitle: string | null;
  verb: string | null;
  /** The purpose clause ("to convey…"); '' when the opening names no purpose, null when unreadable. */
  purpose: string | null;
  decisions: ImportedDecision[];
  bodyParagraphs: string[];
  warnings: string[];
  /** The deliberative body as the opening names it ("the People's Government of Sichuan Province"). */
  body: string | null;
  /** What its meetings are called ("Executive Meeting"), from the same designation. */
  meetingName: string | null;
  /** The page's "Updated:" date stamp as ISO YYYY-MM-DD, when the text has one. */
  updated: string | null;
  /** 1-based lines of the headline and of the opening paragraph, for errors about them. */
  lines: { headline: number; opening: number };
};

export type ParseOptions = { year?: number; fileName?: string };

/** A file that is not a release at all: names the file and the 1-based line the problem was found on. */
export class ReleaseParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly fileName?: string,
    /** A short stable name of what is missing ('no_date', 'no_chair', …), for summaries and reports. */
    readonly code: RefusalCode = 'unreadable',
  ) {
    super(`${fileName ?? '<input>'}:${line}: ${reason}`);
    this.name = 'ReleaseParseError';
  }
}

/** Why a text cannot be imported, one word per cause, as the import's summary counts them. */
export type RefusalCode =
  | 'empty'
  | 'no_body_text'
  | 'no_headline'
  | 'no_date'
  | 'no_chair'
  | 'no_designation'
  | 'no_session_number'
  | 'unreadable';

type Line = { n: number; text: string };

export function parseRelease(text: string, options: ParseOptions = {}): ParsedRelease {
  const warnings: string[] = [];
  const fail = (line: number, reason: string, code: RefusalCode): never => {
    throw new ReleaseParseError(line, reason, options.fileName, code);
  };

  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ n: i + 1, text: raw.trim() }));
  if (!lines.some((l) => l.text)) fail(1, 'the file is empty', 'empty');

  // The Updated line may sit anywhere (under the headline or above the footer); it is a year source only.
  const updated = findUpdatedLine(lines);
  const content = lines.map((l) => (updated && l.n === updated.line ? { n: l.n, text: '' } : l));

  const bodyStart = findBodyStart(content);
  if (bodyStart === -1) {
    const last = [...content].reverse().find((l) => l.text);
    return fail(
      last?.n ?? 1,
      'no body: expected an opening paragraph such as "On February 23, <chair> presided over the …"',
      'no_body_text',
    );
  }
  const headline = findHeadline(content.slice(0, bodyStart));
  if (!headline) {
    return fail(
      content[bodyStart]!.n,
      'no headline: the body starts before any headline line',
      'no_headline',
    );
  }

  const { paragraphs, stray } = readBody(content.slice(bodyStart));
  for (const l of stray) warnings.push(`line ${l.n}: not placed (after the site footer): ${l.text}`);

  const opening = readOpening(paragraphs[0]!, warnings);
  const date = resolveDate(opening.monthDay, opening.year, options.year, updated, warnings);
  const meetingNumber = resolveMeetingNumber(headline.text, opening.ordinal, warnings);
  const decisions = paragraphs.slice(1).flatMap((p) => readDecisions(p, warnings));

  return {
    headline: headline.text,
    date,
    meetingNumber,
    chair: opening.chair,
    chairTitle: opening.chairTitle,
    verb: opening.verb,
    purpose: opening.purpose,
    decisions,
    bodyParagraphs: paragraphs,
    warnings,
    body: opening.body,
    meetingName: opening.meetingName,
    updated: updated?.iso ?? null,
    lines: { headline: headline.n, opening: content[bodyStart]!.n },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Page layout: Updated line, footer, navigation, headline, body.

const UPDATED = /\bUpdated\s*[:：]\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\b/i;

type Updated = { line: number; iso: string | null; year: number };

function findUpdatedLine(lines: Line[]): Updated | null {
  for (const l of lines) {
    // Short lines only: a body paragraph quoting the word "Updated:" is not the page's date stamp.
    const m = l.text.length < 160 ? UPDATED.exec(l.text) : null;
    if (!m) continue;
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return { line: l.n, iso: isIsoDate(iso) ? iso : null, year: Number(m[1]) };
  }
  return null;
}

// The site footer belongs to the site settings, not to the release.
const FOOTER =
  /^(Hosted by\b|Sponsored by\b|Website Operation and Maintenance\b|Website Identification Code\b|.*\bRecord No\b|.*\bICP No\b|Copyright\b|©)/i;

// Section lines and navigation words the site prints above the headline.
const NAVIGATION =
  /^(home|news|english|open governance|government affairs|press releases?|latest news|executive meetings?|policies|print|close|share|back|font size\b.*|source\s*:.*)$/i;

function isNavigation(text: string): boolean {
  // Breadcrumbs ("Home > News") and menus ("Print | Close") are navigation whatever their words.
  return NAVIGATION.test(text) || /\s[>»|]\s/.test(text) || /^[>»|]/.test(text);
}

const DATELINE = /^On\s+[A-Z][a-z]{2,9}\.?\s*\d{1,2}(st|nd|rd|th)?\b/;

/** The first body line: the dateline ("On February 23, …"), else the first line naming the chair's verb. */
function findBodyStart(lines: Line[]): number {
  const dateline = lines.findIndex((l) => DATELINE.test(l.text));
  if (dateline !== -1) return dateline;
  // A release without a dateline still opens with the chair sentence; a headline never ends in a period.
  return lines.findIndex((l) => /\b(presided over|chaired)\b/.test(l.text) && /[.!?]$/.test(l.text));
}

/** The headline is the last line above the body that is not navigation or footer. */
function findHeadline(above: Line[]): Line | null {
  const candidates = above.filter((l) => l.text && !isNavigation(l.text) && !FOOTER.test(l.text));
  return candidates.at(-1) ?? null;
}

/**
 * Body paragraphs run from the dateline to the first footer line. Blank lines separate paragraphs; lines of
 * one block are joined, so a hard-wrapped file reads the same as one paragraph per line.
 */
function readBody(lines: Line[]): { paragraphs: string[]; stray: Line[] } {
  const footerAt = lines.findIndex((l) => FOOTER.test(l.text));
  const body = footerAt === -1 ? lines : lines.slice(0, footerAt);
  const after = footerAt === -1 ? [] : lines.slice(footerAt);

  const paragraphs: string[] = [];
  let block: string[] = [];
  for (const l of [...body, { n: 0, text: '' }]) {
    if (l.text) block.push(l.text);
    else if (block.length) {
      paragraphs.push(block.join(' '));
      block = [];
    }
  }
  return { paragraphs, stray: after.filter((l) => l.text && !FOOTER.test(l.text)) };
}

// ---------------------------------------------------------------------------------------------------------
// The opening paragraph: "On <date>, <chair>, <title line>, <verb> the <ordinal> <Meeting> of <body> <purpose>"

type Opening = {
  monthDay: { month: number; day: number; text: string } | null;
  year: number | null;
  chair: string | null;
  chairTitle: string | null;
  verb: string | null;
  ordinal: number | null;
  purpose: string | null;
  body: string | null;
  meetingName: string | null;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

// "February 23", "November 19th", "Dec.21st", "Dec. 21", "Sept. 5", optionally followed by ", 2024".
const OPENING_DATE =
  /^On\s+(?<month>[A-Z][a-z]{2,9})\.?\s*(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?<year>\d{4}))?\s*,\s*/;

const CHAIR_VERB = /,?\s+(presided over|chaired|hosted|convened)\s+(?=the\s)/;

// "the 25th Executive Meeting of the People's Government of Sichuan Province to convey …"
const DESIGNATION =
  /^the\s+(?:(?<ordinal>\d+)(?:st|nd|rd|th)\s+)?(?<meeting>(?:[A-Z][\w-]*\s+)*Meeting)\s+of\s+(?<body>.+?)(?:\s+(?<purpose>(?:to|in order to)\s.*)|\.)$/;

function readOpening(paragraph: string, warnings: string[]): Opening {
  const opening: Opening = {
    monthDay: null,
    year: null,
    chair: null,
    chairTitle: null,
    verb: null,
    ordinal: null,
    purpose: null,
    body: null,
    meetingName: null,
  };
  let rest = paragraph;

  const date = OPENING_DATE.exec(rest);
  if (date?.groups) {
    const text = date[0].replace(/^On\s+/, '').replace(/\s*,\s*$/, '');
    const month = monthNumber(date.groups.month!);
    if (month) opening.monthDay = { month, day: Number(date.groups.day), text };
    else warnings.push(`the date "${text}" names no month Gazette knows`);
    opening.year = date.groups.year ? Number(date.groups.year) : null;
    rest = rest.slice(date[0].length);
  } else {
    warnings.push('the opening paragraph does not start with a date ("On February 23, …"): no date');
    rest = rest.replace(/^On\s+[^,]*,\s*/, '');
  }

  const verb = CHAIR_VERB.exec(rest);
  if (!verb) {
    warnings.push(
      'the opening paragraph names no chair and verb ("<chair> presided over the …"): chair, title line and purpose not read',
    );
    return opening;
  }
  opening.verb = verb[1]!;
  const { name, title } = splitChair(rest.slice(0, verb.index));
  opening.chair = name;
  opening.chairTitle = title;

  const designation = DESIGNATION.exec(rest.slice(verb.index + verb[0].length));
  if (!designation?.groups) {
    warnings.push('the meeting after the verb is not "the <ordinal> … Meeting of <body>": purpose not read');
    return opening;
  }
  opening.ordinal = designation.groups.ordinal ? Number(designation.groups.ordinal) : null;
  opening.purpose = designation.groups.purpose?.trim() ?? '';
  opening.body = designation.groups.body!.trim();
  opening.meetingName = designation.groups.meeting!.trim();
  return opening;
}

function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return i === -1 ? null : i + 1;
}

/** "Mr. Huang Qiang, Deputy Secretary … Province" → name "Huang Qiang" and the title line after the comma. */
function splitChair(text: string): { name: string; title: string } {
  const comma = text.indexOf(',');
  const name = (comma === -1 ? text : text.slice(0, comma)).replace(/^(Mr|Ms|Mrs|Madam|Dr)\.?\s+/, '').trim();
  const title =
    comma === -1
      ? ''
      : text
          .slice(comma + 1)
          .replace(/,\s*$/, '')
          .trim();
  return { name, title };
}

/**
 * The year comes from options.year, else from the dateline itself, else the Updated line; never guessed.
 * A release is updated on or after the meeting, so a December meeting updated in January is last year's.
 */
function resolveDate(
  monthDay: Opening['monthDay'],
  textYear: number | null,
  optionYear: number | undefined,
  updated: Updated | null,
  warnings: string[],
): string | null {
  if (!monthDay) return null;
  const iso = (year: number) =>
    `${year}-${String(monthDay.month).padStart(2, '0')}-${String(monthDay.day).padStart(2, '0')}`;

  let year: number;
  if (optionYear !== undefined) {
    if (textYear !== null && textYear !== optionYear) {
      warnings.push(`the dateline says ${textYear} but --year says ${optionYear}: took ${optionYear}`);
    }
    year = optionYear;
  } else if (textYear !== null) year = textYear;
  else if (updated) {
    year = updated.year;
    if (updated.iso && iso(year) > updated.iso) year -= 1;
  } else {
    warnings.push(
      `the date "${monthDay.text}" has no year and there is no Updated line: pass --year; date left empty`,
    );
    return null;
  }

  const date = iso(year);
  if (isIsoDate(date)) return date;
  warnings.push(`"${monthDay.text}" is not a day of ${year}: date left empty`);
  return null;
}

/** The ordinal before "…Meeting" in the headline, else in the opening's meeting designation. */
function resolveMeetingNumber(headline: string, bodyOrdinal: number | null, warnings: string[]) {
  const m = /\b(\d+)(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+)*Meeting\b/.exec(headline);
  const headlineOrdinal = m ? Number(m[1]) : null;
  if (headlineOrdinal !== null && bodyOrdinal !== null && headlineOrdinal !== bodyOrdinal) {
    warnings.push(`the headline says the ${m![0]} but the body says the ${bodyOrdinal}: took the headline's`);
  }
  const number = headlineOrdinal ?? bodyOrdinal;
  if (number === null) warnings.push('no session number ("25th") in the headline or the opening');
  return number;
}

// ---------------------------------------------------------------------------------------------------------
// Decisions: every document deliberated and adopted, however the sentence says it.

// Words that name a document; a list piece without one is part of the previous title, not a new one.
const DOCUMENT_WORD =
  /\b(plans?|programmes?|programs?|schemes?|outlines?|measures|policies|notices?|opinions|regulations|rules|provisions|reports?|lists?|nominations|decisions?|guidelines|methods|catalogues?|catalogs?|strategy|strategies|standards|procedures|budgets?|proposals?|drafts?|laws?|circulars?|guidance|arrangements|mechanisms?)\b/i;

// Active wording: "<subject> deliberated and adopted the A, the B and the C", and "decided to name …".
const ACTIVE =
  /\b(?:(?<naming>decided to name)|(?<verb>deliberated and adopted|deliberated and approved|reviewed and adopted|reviewed and approved|discussed and adopted|discussed and approved|adopted|approved|passed))(?<principle>\s+in principle)?\s+(?=the\s|[A-Z0-9])/g;

// Passive wording: "The A (and the B) was/were (deliberated and) adopted/passed/approved (in principle)".
const PASSIVE =
  /\s+(?:was|were)\s+(?:also\s+)?(?:(?:deliberated|reviewed|discussed)\s+and\s+)?(?:adopted|approved|passed)(?<principle>\s+in principle)?\b/;

// Where a list of titles ends inside a sentence: a participle clause, or the next verb of the subject.
const LIST_END =
  /,\s+(?:(?:emphasizing|emphasising|stressing|noting|pointing out|requiring|calling for|which|so as)\b|(?:and\s+)?(?:also\s+)?(?:deliberated|reviewed|discussed|decided|heard|studied|listened|approved|adopted|passed)\b)/;

/**
 * The decisions a release's paragraphs name as deliberated and adopted (or as named), each by its whole
 * title as the import reads it: what the text itself says was decided.
 */
export function namedDecisions(paragraphs: readonly string[]): ImportedDecision[] {
  const ignored: string[] = [];
  return paragraphs.flatMap((p) => readDecisions(p.replace(/\s+/g, ' ').trim(), ignored));
}

function readDecisions(paragraph: string, warnings: string[]): ImportedDecision[] {
  const decisions: ImportedDecision[] = [];
  for (const sentence of sentences(paragraph)) {
    const found = [...readActive(sentence, warnings), ...readPassive(sentence, warnings)];
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
 * ", and reviewed and approved…". A verb deep inside emphasis text ("…that the measures adopted the…") does not.
 */
function isSubjectClause(before: string): boolean {
  if (/\bthat\b/.test(before)) return false;
  const clause = before
    .split(/[,;]\s+/)
    .at(-1)!
    .trim();
  return clause.split(/\s+/).filter(Boolean).length <= 8;
}

function readPassive(sentence: string, warnings: string[]): ImportedDecision[] {
  const m = PASSIVE.exec(sentence);
  if (!m) return [];
  // The subject is the sentence up to "was", without an introduction such as "At the meeting,".
  const subject = sentence
    .slice(0, m.index)
    .replace(
      /^(?:(?:At|During) the [\w\s-]*?[Mm]eeting|Also|Besides|In addition|Moreover|Furthermore),\s+/,
      '',
    )
    .trim();
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
 * whole title read.
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
