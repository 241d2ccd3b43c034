// The personal-data scan: what in a text that is about to go public identifies a person — resident ID,
// mobile and landline numbers, e-mail addresses, bank cards, passports, street addresses down to the door,
// and the names of people who asked not to be named — and the standard masks that de-identify it.
//
// Pure and fast (a 100 KB text in a few milliseconds: `npm run bench:personal-data`). Every offset is a
// UTF-16 index into the text as given: the scan reads a copy of the text in which full-width forms
// (０-９, Ｘ, －, ＠, the ideographic space …) are folded to ASCII one character for one, so the copy's
// offsets are the text's.
//
// What is deliberately not personal data: document numbers (川府发〔2024〕5号), dates, times, amounts and
// statistics, hotlines (12345), ISBNs, the digits of URLs, and digits inside a longer run of digits — a
// number is only ever read whole, never as a slice of a longer one.

export type PersonalDataKind =
  'resident_id' | 'mobile' | 'landline' | 'email' | 'bank_card' | 'passport' | 'address' | 'protected_name';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = [
  'resident_id',
  'mobile',
  'landline',
  'email',
  'bank_card',
  'passport',
  'address',
  'protected_name',
];

export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number };

export type ScanOptions = {
  /** Names of people who asked not to be named (the administrator's list); matched whole, in any case. */
  protectedNames?: readonly string[];
  /** The day birth dates are checked against (a birth date after it is no ID number); today by default. */
  today?: Date;
};

export function scanPersonalData(text: string, options: ScanOptions = {}): PersonalDataFinding[] {
  const folded = foldWidth(text);
  const urls = urlSpans(text);
  const found: PersonalDataFinding[] = [
    ...digitNumbers(text, folded, dayNumber(options.today ?? new Date())),
    ...landlines(folded),
    ...emails(folded),
    ...passports(folded),
    ...chineseAddresses(folded),
    ...englishAddresses(folded),
    ...protectedNames(folded, options.protectedNames ?? []),
  ];
  return withoutOverlaps(found).filter((f) => !insideAny(urls, f));
}

// ── Folding ────────────────────────────────────────────────────────────────────────────────────────────

/** Full-width ASCII forms, the ideographic and no-break spaces and Unicode hyphens to ASCII, 1:1. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u00A0\u2010\u2011]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    return c === '\u2010' || c === '\u2011' ? '-' : ' ';
  });
}

/** Web addresses: their digits are page numbers, not people's (read on the text itself, ASCII only). */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi)) {
    const url = m[0].replace(/[.,;:!?)']+$/, '');
    spans.push([m.index, m.index + url.length]);
  }
  return spans;
}

/** Whether the finding overlaps one of the spans (sorted, not overlapping): a binary search. */
function insideAny(spans: [number, number][], f: PersonalDataFinding): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= f.start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] < f.end;
}

function withoutOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

// ── Numbers made of digits: resident ID, bank card, mobile ─────────────────────────────────────────────
//
// The text's digit runs are read as groups; groups joined by one hyphen, one or two spaces, or a line break
// form a chain ("138 0013 8000", "110101-19900307-1234", an ID broken by a line end). A number is a run of
// whole groups of a chain whose spaces and hyphens fall where people put them (3-4-4 for a mobile, 6-8-4 for
// an ID, fours for a card); a line break may split an ID number anywhere (text wrapped by an editor).

type Group = { start: number; end: number; digits: string; joint: Joint | null };
/** How a group is joined to the one before it. */
type Joint = 'space' | 'line';

/** Units and currency marks that make a number an amount or a count, not a person's number. */
const UNIT_AFTER = /^ ?[元万亿%‰人个件项台辆吨米次户家名条座所亩倍]/;
const CURRENCY_BEFORE = /(?:[¥￥$€£]|RMB|CNY|USD) ?$/;

function digitNumbers(text: string, folded: string, today: number): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let chain: Group[] = [];
  const flush = () => {
    // Most runs of digits are short: only a chain of 11 digits or more can hold a number.
    if (chain.reduce((n, g) => n + g.digits.length, 0) >= 11) {
      findings.push(...numbersInChain(text, folded, chain, today));
    }
    chain = [];
  };
  // Read character by character: a text can hold tens of thousands of digit runs.
  for (let at = 0; at < folded.length;) {
    if (!isDigit(folded.charCodeAt(at))) {
      at++;
      continue;
    }
    let start = at;
    let end = at;
    while (end < folded.length && isDigit(folded.charCodeAt(end))) end++;
    at = end;
    // An X belongs to the number only as an ID's check character: not when a word goes on after it.
    if (/[Xx]/.test(folded[end] ?? '') && !/[A-Za-z0-9_]/.test(folded[end + 1] ?? '')) end++;
    // "+8613800138000": the country code is read apart from the number it leads.
    if (folded[start - 1] === '+' && folded.startsWith('86', start) && end - start > 2) start += 2;
    const digits = folded.slice(start, end);
    const previous = chain[chain.length - 1];
    const joint = previous ? jointBetween(folded, previous.end, start) : null;
    if (joint && !/[Xx]$/.test(previous!.digits)) {
      chain.push({ start, end, digits, joint });
    } else {
      flush();
      chain.push({ start, end, digits, joint: null });
    }
  }
  flush();
  return findings;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * How the characters from `from` to `to` join two digit groups: one hyphen or one or two spaces ('space'),
 * a line end with spaces or tabs around it ('line'), or not at all (null).
 */
function jointBetween(folded: string, from: number, to: number): Joint | null {
  const length = to - from;
  if (length === 1 && (folded[from] === '-' || folded[from] === ' ')) return 'space';
  if (length === 2 && folded[from] === ' ' && folded[from + 1] === ' ') return 'space';
  if (length < 1 || length > 8) return null;
  return /^[ \t]*\r?\n[ \t]*$/.test(folded.slice(from, to)) ? 'line' : null;
}

function numbersInChain(text: string, folded: string, chain: Group[], today: number): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let i = 0;
  while (i < chain.length) {
    const j = i === 0 && !openEnded(text, folded, chain[0]!.start, 'before') ? -1 : longestNumber(i);
    if (j < 0) {
      i++;
      continue;
    }
    const kind = numberKind(chain, i, j, today)!;
    const start = kind === 'mobile' ? withCountryCode(folded, chain[i]!.start) : chain[i]!.start;
    findings.push({ kind, start, end: chain[j]!.end });
    i = j + 1;
  }
  return findings;

  /** The last group of the longest number starting at group `i`, or -1. */
  function longestNumber(i: number): number {
    let last = i - 1;
    let length = 0;
    while (last + 1 < chain.length && length + chain[last + 1]!.digits.length <= 19) {
      length += chain[++last]!.digits.length;
    }
    for (let j = last; j >= i; length -= chain[j]!.digits.length, j--) {
      if (!NUMBER_LENGTHS.has(length)) continue;
      if (j === chain.length - 1 && !openEnded(text, folded, chain[j]!.end, 'after')) continue;
      if (i < j && (continuedBy(chain[j + 1]) || continuedBy(i > 0 ? chain[i] : undefined, i - 1))) {
        continue;
      }
      if (numberKind(chain, i, j, today)) return j;
    }
    return -1;
  }

  /**
   * Whether a grouped number goes on past its groups: the next group (or the one before, at `before`) is
   * joined by a space or hyphen and short like its groups — "6222 0212 3456 7890 128" holds no 16-digit
   * card. A country code before a mobile number is no such group.
   */
  function continuedBy(joined: Group | undefined, before?: number): boolean {
    if (!joined || joined.joint !== 'space') return false;
    const group = before === undefined ? joined : chain[before]!;
    return group.digits.length <= 4 && !(before !== undefined && /^(?:00)?86$/.test(group.digits));
  }
}

/** The lengths of the numbers read from digits: a mobile, a card, an ID number. */
const NUMBER_LENGTHS = new Set([11, 16, 17, 18, 19]);

/**
 * Whether the digits at `at` stand alone on that side: not the decimals or thousands of a longer number
 * (3.1415…, 1,234,567), not glued to a word (a code such as AB13800138000), not an amount (¥…, …元).
 */
function openEnded(text: string, folded: string, at: number, side: 'before' | 'after'): boolean {
  if (side === 'before') {
    const c = folded[at - 1] ?? '';
    if (/[A-Za-z_]/.test(c)) return false;
    if ((text[at - 1] === '.' || text[at - 1] === ',') && /\d/.test(folded[at - 2] ?? '')) return false;
    return !CURRENCY_BEFORE.test(folded.slice(Math.max(0, at - 4), at));
  }
  const c = folded[at] ?? '';
  if (/[A-Za-z_]/.test(c)) return false;
  if ((text[at] === '.' || text[at] === ',') && /\d/.test(folded[at + 1] ?? '')) return false;
  return !UNIT_AFTER.test(folded.slice(at, at + 2));
}

/** What number, if any, groups `first` to `last` of the chain make. */
function numberKind(chain: Group[], first: number, last: number, today: number): PersonalDataKind | null {
  // Where the groups meet decides which numbers they can be, before any digit is read.
  let id = true;
  let card = true;
  let mobile = true;
  // A mobile number is grouped 3-4-4 or 4-4-3 ("138 1234 5678", "1381 2345 678"), never mixed.
  const mobileJoints = chain[first]!.digits.length === 4 ? [4, 8] : [3, 7];
  let position = chain[first]!.digits.length;
  for (let k = first + 1; k <= last && (id || card || mobile); k++) {
    const p = position;
    if (chain[k]!.joint !== 'line') id &&= p === 6 || p === 10 || p === 14;
    card &&= p % 4 === 0;
    mobile &&= mobileJoints.includes(p);
    position += chain[k]!.digits.length;
  }
  if (!id && !card && !mobile) return null;
  let digits = '';
  for (let k = first; k <= last; k++) digits += chain[k]!.digits;
  if (id && digits.length === 18 && isResidentId(digits, today)) return 'resident_id';
  if (/[Xx]/.test(digits)) return null;
  if (card && digits.length >= 16 && isBankCard(digits)) return 'bank_card';
  if (mobile && digits.length === 11 && /^1[3-9]/.test(digits)) return 'mobile';
  return null;
}

/** "+86 ", "0086-", "(+86)" before a mobile number belong to it. */
function withCountryCode(folded: string, start: number): number {
  const before = folded.slice(Math.max(0, start - 8), start);
  const prefix = /(?:\(\+86\)|\+86|(?<!\d)0086)[ -]?$/.exec(before);
  return prefix ? start - prefix[0].length : start;
}

// Province-level codes of GB/T 2260, and 81–83 of the residence permits of Hong Kong, Macao and Taiwan.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** ISO 7064 MOD 11-2: the 18th character of a resident ID number from its first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(first17[k]) * ID_WEIGHTS[k]!;
  return ID_CHECK[sum % 11]!;
}

function isResidentId(id: string, today: number): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  if (!isBirthDate(id.slice(6, 14), today)) return false;
  return residentIdCheck(id) === id[17]!.toUpperCase();
}

function isBirthDate(yyyymmdd: string, today: number): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return false;
  return Number(yyyymmdd) <= today;
}

function dayNumber(date: Date): number {
  return date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/**
 * A payment card: passing Luhn, with a length its network issues — UnionPay (62) and JCB (35) 16–19
 * digits, Visa (4) 16 or 19, Mastercard (51–55, 22–27) 16; never a number shaped like an ID number.
 */
function isBankCard(digits: string): boolean {
  const n = digits.length;
  const issued = /^(?:62|35)/.test(digits)
    ? n >= 16 && n <= 19
    : /^4/.test(digits)
      ? n === 16 || n === 19
      : /^(?:5[1-5]|2[2-7])/.test(digits) && n === 16;
  return issued && !idShaped(digits) && luhnValid(digits);
}

/**
 * A province code and something like a birth date where an ID number has them, in 17 or 18 digits: an ID
 * number, if a wrong one (a digit left out, a mistyped date or check character), not a card — Gansu's 62
 * and Fujian's 35 are also card prefixes.
 */
function idShaped(digits: string): boolean {
  return (
    (digits.length === 17 || digits.length === 18) &&
    PROVINCES.has(Number(digits.slice(0, 2))) &&
    /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(digits.slice(6, 14))
  );
}

/** The Luhn check of payment cards: every second digit from the right doubled, the sum a multiple of 10. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = Number(digits[digits.length - 1 - k]);
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ── Landlines, e-mail, passports ───────────────────────────────────────────────────────────────────────

// Area codes: 010 and 020–029 have three digits, the others four (03xx–09xx), in parentheses or followed
// by a hyphen, a dash or a space. Local numbers have 7 or 8 digits and never start with 0 or 1; an
// extension may follow. Like any number, it is read whole: not out of a longer one grouped by spaces or
// hyphens ("6222 0931 9903 1611 281").
const LANDLINE =
  /(?<![\dA-Za-z])(?<!(?:^|\D)\d{1,4}[-—– ])(?:\((?:010|02\d|0[3-9]\d\d)\) ?|(?:010|02\d|0[3-9]\d\d)[-—– ])[2-9]\d{2,3}[- ]?\d{4}(?:(?:-|转|分机|ext\.? ?|x)\d{1,6})?(?!\d|[-—– ]\d{1,4}(?!\d))/g;

function landlines(folded: string): PersonalDataFinding[] {
  return [...folded.matchAll(LANDLINE)].map((m) => ({
    kind: 'landline' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;
const EMAIL =
  /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/** From each "@" outward (linear in the text, where a pattern tried at every letter is not). */
function emails(folded: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(folded[start - 1]!)) start--;
    let end = at + 1;
    while (end < folded.length && EMAIL_DOMAIN.test(folded[end]!)) end++;
    while (start < at && /[._%+-]/.test(folded[start]!)) start++;
    while (end > at + 1 && /[.-]/.test(folded[end - 1]!)) end--;
    if (EMAIL.test(folded.slice(start, end))) findings.push({ kind: 'email', start, end });
  }
  return findings;
}

// The ordinary Chinese passport (E + 8 digits, E + a letter other than I and O + 7 digits, the older
// G + 8 digits) on its own; any other form (diplomatic, service, older numbers) only after its label.
const PASSPORT = /(?<![A-Za-z0-9])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])/g;
const LABELLED_PASSPORT =
  /(?:护照(?:号码|号)?|passport(?: ?(?:no\.?|number|#))?) {0,2}(?:[:#] {0,2})?(?:为|是|is )? ?([A-Z]{0,2}\d{6,9})(?![A-Za-z0-9])/gi;

function passports(folded: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of folded.matchAll(PASSPORT)) {
    findings.push({ kind: 'passport', start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(LABELLED_PASSPORT)) {
    const end = m.index + m[0].length;
    findings.push({ kind: 'passport', start: end - m[1]!.length, end });
  }
  return findings;
}

// ── Addresses ──────────────────────────────────────────────────────────────────────────────────────────

// A street (…路, …街, …大道, …巷, …道, with its section: 四段, 北段), a door number (19号, 7-2号), then
// optionally building, entrance, floor and room. Found from the street's suffix, then read back over the
// street's name.
const NUMERAL = '(?:\\d+|[一二三四五六七八九十]+)';
const STREET = `(?:大道|大街|胡同|巷子|路|街|巷|道|弄)(?:[东西南北中]?${NUMERAL}段|[东西南北中]段)?`;
const CHINESE_ADDRESS = new RegExp(
  `${STREET} ?\\d+(?:[-之]\\d+)? ?号(?![线文令码])(?:院)?` +
    `(?: ?-? ?\\d+ ?(?:号楼|栋|幢|座|单元|楼|层|室|号|户))*`,
  'g',
);
/** Words that end like a street but are none (通道2号 is a passage, 知道 a verb). */
const NOT_STREETS =
  /(?:知道|报道|通道|渠道|频道|跑道|赛道|车道|轨道|隧道|管道|航道|步道|坡道|匝道|栈道|走道|巷道|街道|线路|电路|思路|道路|网路|回路|出路|水路|陆路)$/;
/** Where a street's name cannot reach back past: punctuation, and the words that lead into an address. */
const NAME_STOP = /[^\u4e00-\u9fff]|[住在于址至到往是为从与及的]/;

function chineseAddresses(folded: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of folded.matchAll(CHINESE_ADDRESS)) {
    let start = m.index;
    while (start > 0 && m.index - start < 20 && !NAME_STOP.test(folded[start - 1]!)) start--;
    // A street has a name of two characters at least (一路3号 and 报道3号 are no addresses).
    const street = folded.slice(start, m.index + streetSuffixLength(m[0]));
    if (m.index - start < 2 || NOT_STREETS.test(street)) continue;
    findings.push({ kind: 'address', start, end: m.index + m[0].length });
  }
  return findings;
}

function streetSuffixLength(match: string): number {
  return /^(?:大道|大街|胡同|巷子)/.test(match) ? 2 : 1;
}

// "Address: 19 Renmin South Road, Chengdu" — the value after the label, to the end of its line or
// sentence, when it holds a house number (a short number: six digits alone are a postcode) and words (an
// IP address is no street), and is no e-mail or web address.
const ENGLISH_ADDRESS = /\bAddress *: */gi;

function englishAddresses(folded: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of folded.matchAll(ENGLISH_ADDRESS)) {
    const start = m.index + m[0].length;
    const rest = folded.slice(start, start + 160);
    // The value ends with its line, a semicolon or a full stop (not the one of "No. 12").
    const stop = /[\n;]|(?<!\b(?:No|Rm|Apt|Bldg))\.(?:\s|$)/i.exec(rest);
    const value = rest.slice(0, stop ? stop.index : rest.length).replace(/[\s,.]+$/, '');
    if (!/(?<!\d)\d{1,5}[A-Za-z]?(?!\d)/.test(value) || !/[A-Za-z]{2}/.test(value)) continue;
    if (/@|:\/\//.test(value)) continue;
    findings.push({ kind: 'address', start, end: start + value.length });
  }
  return findings;
}

// ── Protected names ────────────────────────────────────────────────────────────────────────────────────

function protectedNames(folded: string, names: readonly string[]): PersonalDataFinding[] {
  const patterns = [...new Set(names.map((n) => foldWidth(n).trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const exact = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      // A Latin name is a whole word (Li Ming is not in Li Mingyuan); a Chinese one has no word breaks.
      return /[A-Za-z]/.test(name) ? `(?<![A-Za-z0-9])${exact}(?![A-Za-z0-9])` : exact;
    });
  if (!patterns.length) return [];
  // In any case: "LI MING" in a heading is the same person as "Li Ming".
  return [...folded.matchAll(new RegExp(patterns.join('|'), 'gi'))].map((m) => ({
    kind: 'protected_name' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// ── Masks ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A finding's value as it may be published: ID 110101********1234, mobile 138****5678, card keeping its
 * last 4, e-mail z***@example.com, landline keeping its area code and last 2 digits, passport keeping its
 * first character and last 2, address keeping up to the street, a protected name 某某 / [name withheld].
 * Spaces, hyphens and line breaks inside a number are kept where they were.
 */
export function maskedValue(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case 'resident_id':
      return maskCharacters(value, (k, n) => k >= 6 && k < n - 4);
    case 'mobile': {
      const prefix = /^(?:\(\+86\)|\+86|0086)[ -]?/.exec(foldWidth(value))?.[0].length ?? 0;
      return value.slice(0, prefix) + maskCharacters(value.slice(prefix), (k) => k >= 3 && k < 7);
    }
    case 'bank_card':
      return maskCharacters(value, (k, n) => k < n - 4);
    case 'landline': {
      const areaCode = /^\(?(010|02\d|0\d{3})/.exec(foldWidth(value))?.[1]?.length ?? 0;
      return maskCharacters(value, (k, n) => k >= areaCode && k < n - 2);
    }
    case 'passport':
      return maskCharacters(value, (k, n) => k >= 1 && k < n - 2);
    case 'email': {
      const at = value.lastIndexOf('@');
      return at < 1 ? '***' : `${value.slice(0, 1)}***${value.slice(at)}`;
    }
    case 'address':
      return maskAddress(value);
    case 'protected_name':
      return /[\u3400-\u9fff]/.test(value) ? '某某' : '[name withheld]';
  }
}

/** The text with one finding masked. */
export function maskPersonalData(text: string, finding: PersonalDataFinding): string {
  const value = text.slice(finding.start, finding.end);
  return text.slice(0, finding.start) + maskedValue(finding.kind, value) + text.slice(finding.end);
}

/** The text with every finding masked (findings as the scan returns them: in order, not overlapping). */
export function maskAll(text: string, findings: readonly PersonalDataFinding[]): string {
  let masked = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) masked = maskPersonalData(masked, f);
  return masked;
}

/** Masks the digits and letters of a number by their position among them (k of n), keeping separators. */
function maskCharacters(value: string, masked: (k: number, n: number) => boolean): string {
  const significant = /[0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
  const n = [...value].filter((c) => significant.test(c)).length;
  let k = 0;
  return value.replace(/[\s\S]/g, (c) => {
    if (!significant.test(c)) return c;
    return masked(k++, n) ? '*' : c;
  });
}

/** Keeps a Chinese address up to its street (and section), an English one but for its numbers. */
function maskAddress(value: string): string {
  const street = new RegExp(`^.*?${STREET}`).exec(foldWidth(value));
  if (street) {
    const rest = value.slice(street[0].length);
    return street[0].length ? value.slice(0, street[0].length) + rest.replace(/\S/g, '*') : value;
  }
  return value.replace(/[0-9\uFF10-\uFF19]/g, '*');
}
