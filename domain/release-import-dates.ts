// The dates of an imported release: the meeting's (from the dateline, whose year may be missing) and the
// release's own (its "Date:" or "Updated:" stamp, a --published option, or a date in the file name). Pure.
import { isIsoDate } from './dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

export function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  return i === -1 ? null : i + 1;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** "2024-02-26", "2024.2.26", "2024/02/26", "February 26, 2024", "26 February 2024" → ISO, else null. */
export function readDate(text: string): string | null {
  const t = text.trim();
  const numeric = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\b/.exec(t);
  if (numeric) return valid(iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])));
  const monthFirst = /^([A-Z][a-z]{2,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  const dayFirst = /^(\d{1,2})\s+([A-Z][a-z]{2,9})\.?,?\s+(\d{4})\b/.exec(t);
  const [month, day, year] = monthFirst
    ? [monthNumber(monthFirst[1]!), monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [monthNumber(dayFirst[2]!), dayFirst[1], dayFirst[3]]
      : [null, null, null];
  return month ? valid(iso(Number(year), month, Number(day))) : null;
}

const valid = (date: string) => (isIsoDate(date) ? date : null);

export type Stamp = { line: number; kind: 'updated' | 'date'; iso: string | null };

// A page's date stamp: a short line "Date: …", "Published: …", "Release date: …" or "Updated: …" (the
// site prints "Updated:" under the headline or above the footer, sometimes after a "Source:" on one line).
const STAMP = /\b(Updated|Date|Published|Release date)\s*[:：]\s*(.+)$/i;

/** Every date stamp of the page; they are year and publication sources, not text. */
export function findStamps(lines: readonly { n: number; text: string }[]): Stamp[] {
  const stamps: Stamp[] = [];
  for (const l of lines) {
    // Short lines only: a body paragraph quoting the word "Updated:" is not the page's date stamp.
    const m = l.text.length < 160 ? STAMP.exec(l.text) : null;
    if (!m || !/^\d{4}|^[A-Z][a-z]+\.?\s*\d|^\d{1,2}\s+[A-Z]/.test(m[2]!)) continue;
    const kind = m[1]!.toLowerCase() === 'updated' ? 'updated' : 'date';
    stamps.push({ line: l.n, kind, iso: readDate(m[2]!) });
  }
  return stamps;
}

/** "2024-02-23-executive-meeting.txt", "release_20250105.txt" → the date; archives often name files so. */
export function dateInFileName(fileName: string | undefined): string | null {
  const base = (fileName ?? '').split(/[\\/]/).at(-1)!;
  const m = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(base);
  return m ? valid(iso(Number(m[1]), Number(m[2]), Number(m[3]))) : null;
}

export type MonthDay = { month: number; day: number; text: string };

/**
 * The meeting's date. Its year comes from --year, else from the dateline itself, else from the release's
 * date (never guessed): a release is published on or after the meeting, so a December meeting in a
 * January release is the year before's.
 */
export function meetingDate(
  monthDay: MonthDay | null,
  textYear: number | null,
  optionYear: number | undefined,
  published: string | null,
  warnings: string[],
): string | null {
  if (!monthDay) return null;
  const on = (year: number) => iso(year, monthDay.month, monthDay.day);

  let year: number;
  if (optionYear !== undefined) {
    if (textYear !== null && textYear !== optionYear) {
      warnings.push(`the dateline says ${textYear} but --year says ${optionYear}: took ${optionYear}`);
    }
    year = optionYear;
  } else if (textYear !== null) year = textYear;
  else if (published) {
    year = Number(published.slice(0, 4));
    if (on(year) > published) year -= 1;
  } else {
    warnings.push(
      `the date "${monthDay.text}" has no year, and there is no "Date:" or "Updated:" line nor a date in the file name: pass --year or --published; date left empty`,
    );
    return null;
  }

  const date = on(year);
  if (isIsoDate(date)) return date;
  warnings.push(`"${monthDay.text}" is not a day of ${year}: date left empty`);
  return null;
}
