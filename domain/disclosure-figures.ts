// The figures Gazette knows for the annual report on government information disclosure (政府信息公开工作年度
// 报告): what was proactively disclosed, corrected and withdrawn in a year, the confidentiality reviews and
// personal-data overrides, and how long a meeting took to reach the public. Pure: the data layer counts.

import type { ContentLanguage, DocumentKind } from './vocabulary';

export type DisclosureFigures = {
  year: number;
  /** Documents first published in the year, by kind and language. */
  disclosed: { kind: DocumentKind; language: ContentLanguage; count: number }[];
  /** Republications of a published document with changed text (public corrections). */
  corrections: number;
  withdrawals: { documentId: number; headline: string; at: Date; reason: string }[];
  confidentialityReviews: number;
  /** Personal-data findings published as they stood, by a leader's override, by kind of finding. */
  overrides: { kind: string; count: number }[];
  /** Median whole days from the meeting to the first publication of its release; null with none. */
  medianDaysToPublication: number | null;
};

/** The median of some numbers (the mean of the middle two of an even count); null of none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Whole days from one calendar day to another ('YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula character defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A text (a headline, a reason) starting like a formula is read as text by spreadsheets; numbers stay.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The figures as CSV rows: figure, kind, language, value, detail (codes, so any reader can sort them). */
export function figuresCsv(f: DisclosureFigures): string {
  const rows: (string | number)[][] = [['figure', 'kind', 'language', 'value', 'detail']];
  for (const d of f.disclosed) rows.push(['disclosed', d.kind, d.language, d.count, '']);
  rows.push(['corrections', '', '', f.corrections, '']);
  rows.push(['withdrawals', '', '', f.withdrawals.length, '']);
  for (const w of f.withdrawals)
    rows.push(['withdrawal', w.documentId, '', w.at.toISOString(), `${w.headline}: ${w.reason}`]);
  rows.push(['confidentiality_reviews', '', '', f.confidentialityReviews, '']);
  for (const o of f.overrides) rows.push(['personal_data_overrides', o.kind, '', o.count, '']);
  rows.push(['median_days_meeting_to_publication', '', '', f.medianDaysToPublication ?? '', '']);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
