import { englishMonthDay } from './dates';
import { englishOrdinal } from './ordinal';
import { reportedDecisions, type MeetingRecords } from './release-draft';
import { checkChineseRelease } from './release-consistency-zh';
import type { ContentLanguage } from './vocabulary';

export type Mismatch =
  | { kind: 'date'; expected: string }
  | { kind: 'ordinal'; expected: string; found: string[] }
  | { kind: 'chair_name'; expected: string }
  | { kind: 'chair_title'; expected: string }
  | { kind: 'decision_title'; expected: string };

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Compares a release with the records it reports, in the release's language (the records' values in that
 * language): the date, the session ordinal, the chair's name and title line, and every adopted title must
 * appear as recorded. Returns every mismatch, in that order.
 */
export function checkReleaseAgainstRecords(
  text: string,
  records: MeetingRecords,
  language: ContentLanguage = 'en',
): Mismatch[] {
  return language === 'zh' ? checkChineseRelease(text, records) : checkEnglishRelease(text, records);
}

function checkEnglishRelease(text: string, records: MeetingRecords): Mismatch[] {
  const haystack = normalise(text);
  const has = (needle: string) => haystack.includes(normalise(needle));
  const mismatches: Mismatch[] = [];

  const date = englishMonthDay(records.heldOn);
  if (!has(date)) mismatches.push({ kind: 'date', expected: date });

  const expected = englishOrdinal(records.sessionNumber);
  const escapedName = records.meetingName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...text.matchAll(new RegExp(`\\b(\\d+(?:st|nd|rd|th))\\s+${escapedName}`, 'gi'))].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  if (found.length === 0 || found.some((f) => f !== expected)) {
    mismatches.push({ kind: 'ordinal', expected, found: [...new Set(found)] });
  }

  if (!has(records.chairName)) mismatches.push({ kind: 'chair_name', expected: records.chairName });
  if (records.chairTitle.trim() && !has(records.chairTitle)) {
    mismatches.push({ kind: 'chair_title', expected: records.chairTitle.trim() });
  }
  for (const d of reportedDecisions(records)) {
    if (!has(d.title)) mismatches.push({ kind: 'decision_title', expected: d.title.trim() });
  }
  return mismatches;
}
