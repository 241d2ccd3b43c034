import { englishMonthDay } from './dates';
import { editDistance } from './edit-distance';
import { englishOrdinal } from './ordinal';
import { reportedDecisions, type MeetingRecords } from './release-draft';
import { checkChineseRelease } from './release-consistency-zh';
import { releaseParts, type Mismatch, type ReleasePart } from './release-findings';
import type { ContentLanguage } from './vocabulary';

export { isWarning, releaseParts, type Mismatch, type ReleasePart } from './release-findings';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Compares a release with the records it reports, in the release's language (the records' values in that
 * language). The headline and the body are read apart: the body must name the chair, and hold the date,
 * the chair's title line and every adopted title (a name right in the headline does not excuse one missing
 * or misspelt in the text); a name a letter or two from the chair's, in either, is a warning; every session
 * ordinal written must be the meeting's, and one must be there. Returns every finding, in that order.
 */
export function checkReleaseAgainstRecords(
  text: string,
  records: MeetingRecords,
  language: ContentLanguage = 'en',
): Mismatch[] {
  return language === 'zh' ? checkChineseRelease(text, records) : checkEnglishRelease(text, records);
}

function checkEnglishRelease(text: string, records: MeetingRecords): Mismatch[] {
  const parts = releaseParts(text);
  const has = (part: ReleasePart, needle: string) => normalise(parts[part]).includes(normalise(needle));
  const mismatches: Mismatch[] = [];

  const date = englishMonthDay(records.heldOn);
  if (!has('body', date)) mismatches.push({ kind: 'date', expected: date });

  const expected = englishOrdinal(records.sessionNumber);
  const escapedName = records.meetingName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...text.matchAll(new RegExp(`\\b(\\d+(?:st|nd|rd|th))\\s+${escapedName}`, 'gi'))].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  if (found.length === 0 || found.some((f) => f !== expected)) {
    mismatches.push({ kind: 'ordinal', expected, found: [...new Set(found)] });
  }

  const chair = records.chairName.trim();
  if (!has('body', chair)) mismatches.push({ kind: 'chair_name', expected: chair, where: 'body' });
  if (records.chairTitle.trim() && !has('body', records.chairTitle)) {
    mismatches.push({ kind: 'chair_title', expected: records.chairTitle.trim() });
  }
  for (const d of reportedDecisions(records)) {
    if (!has('body', d.title)) mismatches.push({ kind: 'decision_title', expected: d.title.trim() });
  }
  for (const where of ['headline', 'body'] as const) {
    for (const near of nearEnglishNames(parts[where], chair)) {
      mismatches.push({ kind: 'chair_name_near', expected: chair, found: near, where });
    }
  }
  return mismatches;
}

/**
 * Runs of as many words as the name has that are one or two letters from it (at most a quarter of its
 * length), but not it: "Huang Qian" or "Hunag Qiang" for Huang Qiang. Apostrophes end a word, so a
 * possessive ("Huang Qiang's") is the name itself.
 */
function nearEnglishNames(text: string, name: string): string[] {
  const target = normalise(name);
  const size = target.split(' ').length;
  const limit = Math.min(2, Math.floor(target.length / 4));
  if (!target || limit === 0) return [];
  // Letters, digits and hyphens make a word (a name may hold digits); an apostrophe ends one.
  const words = text.match(/[\p{L}\p{M}\p{N}-]+/gu) ?? [];
  const near = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) {
    const candidate = words.slice(i, i + size).join(' ');
    const distance = editDistance(candidate.toLowerCase(), target, limit);
    if (distance > 0 && distance <= limit) near.add(candidate);
  }
  return [...near];
}
