// Reads a published press release back into records: the plain text of a release as the provincial site shows
// it (section line, navigation words, headline, body paragraphs, "Updated:" line, site footer), written in the
// house style that domain/release-draft.ts drafts. Pure: no I/O, so the CLI, the upload page and the tests
// share it.
import { dateInFileName, findStamps, meetingDate, monthNumber, type MonthDay } from './release-import-dates';
import { readDecisions, type ImportedDecision } from './release-import-decisions';

export { guessKind, namedDecisions, type ImportedDecision } from './release-import-decisions';

export type ParsedRelease = {
  /** The language the release is written in: each has its own parser (release-import-zh.ts for Chinese). */
  language: 'en' | 'zh';
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
  /**
   * The deliberative body as the opening names it ("the People's Government of Sichuan Province"), else
   * as the headline names it, else --body; null when none does (a warning says so).
   */
  body: string | null;
  /** What its meetings are called ("Executive Meeting", capitalised however the text writes it). */
  meetingName: string | null;
  /** The page's "Updated:" date stamp as ISO YYYY-MM-DD, when the text has one. */
  updated: string | null;
  /**
   * The day the release was published, ISO: --published, else the page's "Date:" stamp, else its
   * "Updated:" stamp, else a date in the file name; null when nothing gives one.
   */
  published: string | null;
  /** The text ends mid-sentence (the file was cut short); nothing is read from the fragment. */
  cut: boolean;
  /** 1-based lines of the headline and of the opening paragraph, for errors about them. */
  lines: { headline: number; opening: number };
};

export type ParseOptions = {
  /** The meeting's year, for a dateline without one. */
  year?: number;
  /** The release's date (ISO), which also gives the meeting's year when nothing else does. */
  published?: string;
  /** The body, for an opening and a headline that name none. */
  body?: string;
  fileName?: string;
};

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
  | 'no_body'
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

  // Date stamps may sit anywhere (under the headline or above the footer); they are dates, not text.
  const stamps = findStamps(lines);
  const stampLines = new Set(stamps.map((s) => s.line));
  const content = lines.map((l) => (stampLines.has(l.n) ? { n: l.n, text: '' } : l));
  const updated = stamps.find((s) => s.kind === 'updated' && s.iso)?.iso ?? null;
  const published =
    options.published ??
    stamps.find((s) => s.kind === 'date' && s.iso)?.iso ??
    updated ??
    dateInFileName(options.fileName);

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

  const cut = !/[.!?。"”’)]$/.test(paragraphs.at(-1)!);
  if (cut) {
    warnings.push(
      'the text is cut off mid-sentence (its last paragraph does not end a sentence): nothing is read from the unfinished sentence',
    );
  }
  const opening = readOpening(paragraphs[0]!, warnings, cut && paragraphs.length === 1);
  const date = meetingDate(opening.monthDay, opening.year, options.year, published, warnings);
  const meetingNumber = resolveMeetingNumber(headline.text, opening.ordinal, warnings);
  const decisions = paragraphs
    .slice(1)
    .flatMap((p, i) => readDecisions(p, warnings, cut && i === paragraphs.length - 2));
  const body = opening.body ?? bodyOfHeadline(headline.text) ?? options.body ?? null;
  if (!body && opening.meetingName) {
    warnings.push(
      'neither the opening nor the headline names the body ("… Meeting of <body>"): pass --body, or have only one body in the register',
    );
  }

  return {
    language: 'en',
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
    body,
    meetingName: opening.meetingName,
    updated,
    published,
    cut,
    lines: { headline: headline.n, opening: content[bodyStart]!.n },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Page layout: footer, navigation, headline, body.

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

const DATELINE = /^On\s+(?:[A-Z][a-z]{2,9}\.?\s*\d{1,2}(st|nd|rd|th)?\b|\d{1,2}\s+[A-Z][a-z]{2,9}\b)/;

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
  monthDay: MonthDay | null;
  year: number | null;
  chair: string | null;
  chairTitle: string | null;
  verb: string | null;
  ordinal: number | null;
  purpose: string | null;
  body: string | null;
  meetingName: string | null;
};

// "February 23", "November 19th", "Dec.21st", "Dec. 21", "Sept. 5", optionally followed by ", 2024"; or the
// day first: "23 February 2024".
const OPENING_DATE =
  /^On\s+(?:(?<month>[A-Z][a-z]{2,9})\.?\s*(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?<year>\d{4}))?|(?<day2>\d{1,2})\s+(?<month2>[A-Z][a-z]{2,9})\.?(?:,?\s+(?<year2>\d{4}))?)\s*,\s*/;

const CHAIR_VERB = /,?\s+(presided over|chaired|hosted|convened)\s+(?=the\s)/;

// "the 25th Executive Meeting of the People's Government of Sichuan Province to convey …", in any case, the
// body sometimes left out ("the 27th executive meeting to hear …"), the purpose sometimes a clause
// (", which studied …").
const DESIGNATION =
  /^the\s+(?:(?<ordinal>\d+)(?:st|nd|rd|th)\s+)?(?<meeting>(?:[A-Za-z][\w-]*\s+){0,3}?[Mm]eeting)(?:\s+of\s+(?<body>[^,]+?))?(?:\s+(?<purpose>(?:to|in order to)\s.*)|,\s+(?<clause>(?:which|where|at which|during which)\s.*)|\.|$)$/;

/** `cut`: the paragraph is the end of a file cut short, so its last words are a fragment. */
function readOpening(paragraph: string, warnings: string[], cut: boolean): Opening {
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
    const g = date.groups;
    const text = date[0].replace(/^On\s+/, '').replace(/\s*,\s*$/, '');
    const month = monthNumber(g.month ?? g.month2!);
    if (month) opening.monthDay = { month, day: Number(g.day ?? g.day2), text };
    else warnings.push(`the date "${text}" names no month Gazette knows`);
    const year = g.year ?? g.year2;
    opening.year = year ? Number(year) : null;
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
  // A designation that runs to the end of a cut text may have lost the end of its body's name.
  if (!designation?.groups || (cut && !designation.groups.purpose && !designation.groups.clause)) {
    warnings.push('the meeting after the verb is not "the <ordinal> … Meeting of <body>": purpose not read');
    return opening;
  }
  const g = designation.groups;
  opening.ordinal = g.ordinal ? Number(g.ordinal) : null;
  // A purpose the cut ended is a fragment: kept out of the records (the text itself keeps it).
  opening.purpose = cut ? '' : ((g.purpose ?? g.clause)?.trim() ?? '');
  opening.body = g.body?.trim() || null;
  opening.meetingName = titleCase(g.meeting!.trim());
  return opening;
}

const titleCase = (words: string) => words.replace(/\b[a-z]/g, (c) => c.toUpperCase());

// "Huang Qiang Chairs Executive Meeting of <body>", "<body> Holds (the 25th) Executive Meeting".
const HEADLINE_BODY = [
  /\bMeeting\s+of\s+(?<body>.+?)\s*$/i,
  /^(?<body>.+?)\s+(?:Holds|Convenes|Hosts)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?Meeting\b/i,
];

/** The body the headline names, for an opening that leaves it out. */
function bodyOfHeadline(headline: string): string | null {
  for (const pattern of HEADLINE_BODY) {
    const body = pattern.exec(headline)?.groups?.body?.trim();
    if (body) return body;
  }
  return null;
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

/** The ordinal before "…Meeting" in the headline, else in the opening's meeting designation. */
function resolveMeetingNumber(headline: string, bodyOrdinal: number | null, warnings: string[]) {
  const m = /\b(\d+)(?:st|nd|rd|th)\s+(?:[A-Za-z][\w-]*\s+)*Meeting\b/i.exec(headline);
  const headlineOrdinal = m ? Number(m[1]) : null;
  if (headlineOrdinal !== null && bodyOrdinal !== null && headlineOrdinal !== bodyOrdinal) {
    warnings.push(`the headline says the ${m![0]} but the body says the ${bodyOrdinal}: took the headline's`);
  }
  const number = headlineOrdinal ?? bodyOrdinal;
  if (number === null) warnings.push('no session number ("25th") in the headline or the opening');
  return number;
}
