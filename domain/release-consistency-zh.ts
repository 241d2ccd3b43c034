import { sessionNumberOf } from './chinese-numerals';
import { chineseMonthDay } from './dates';
import { editDistance } from './edit-distance';
import { ordinal } from './ordinal';
import { reportedDecisions, type MeetingRecords } from './release-draft';
import { chineseTitle } from './release-draft-zh';
import { releaseParts, type Mismatch, type ReleasePart } from './release-findings';

// The consistency check of a Chinese release (the English one is in release-consistency.ts): the date as
// 2月23日, the session as 第25次 (or in Chinese numerals, 第二十五次) before the meeting's name, the chair's
// name in the body, the title line, and every adopted title inside 《》 (a list's or a
// naming's phrase as it stands). A name one character from the chair's — where a chair is named, before
// 主持, or with the chair's surname — is a warning: an input method's homophone (黄墙 for 黄强) reads right
// to the ear and wrong on the page.

/** Chinese text is compared without whitespace: an editor's stray space or line break changes nothing. */
const compact = (s: string) => s.replace(/\s+/gu, '');

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkChineseRelease(text: string, records: MeetingRecords): Mismatch[] {
  const parts = releaseParts(text);
  const compactParts = { headline: compact(parts.headline), body: compact(parts.body) };
  const haystack = compact(text);
  const has = (part: ReleasePart, needle: string) => compactParts[part].includes(compact(needle));
  const mismatches: Mismatch[] = [];

  const date = chineseMonthDay(records.heldOn);
  // "2月23日" must not be read inside "12月23日".
  if (!new RegExp(`(^|[^\\d])${escapeRegExp(date)}`).test(compactParts.body))
    mismatches.push({ kind: 'date', expected: date });

  const expected = ordinal(records.sessionNumber, 'zh');
  const sessions = new RegExp(
    `第([\\d〇零一二两三四五六七八九十百千]+)次${escapeRegExp(compact(records.meetingName))}`,
    'g',
  );
  const found = [...haystack.matchAll(sessions)];
  if (found.length === 0 || found.some((m) => sessionNumberOf(m[1]!) !== records.sessionNumber)) {
    mismatches.push({ kind: 'ordinal', expected, found: [...new Set(found.map((m) => `第${m[1]}次`))] });
  }

  const chair = compact(records.chairName);
  if (!has('body', chair)) mismatches.push({ kind: 'chair_name', expected: chair, where: 'body' });
  if (records.chairTitle.trim() && !has('body', records.chairTitle)) {
    mismatches.push({ kind: 'chair_title', expected: records.chairTitle.trim() });
  }
  for (const d of reportedDecisions(records)) {
    const written = chineseTitle(d);
    if (!has('body', written)) mismatches.push({ kind: 'decision_title', expected: written });
  }
  for (const where of ['headline', 'body'] as const) {
    for (const near of nearChineseNames(compactParts[where], chair)) {
      mismatches.push({ kind: 'chair_name_near', expected: chair, found: near, where });
    }
  }
  return mismatches;
}

/**
 * Names one character from the chair's: the characters just before each 主持 (where the chair is named,
 * after the title line), and anywhere, a run that begins with the chair's surname. Looking further would
 * take any two characters sharing one with a two-character name.
 */
function nearChineseNames(text: string, name: string): string[] {
  const size = [...name].length;
  if (size < 2) return [];
  const chars = [...text];
  const near = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== name && editDistance(candidate, name, 1) === 1) near.add(candidate);
  };
  for (const m of text.matchAll(/主持/g)) consider([...text.slice(0, m.index)].slice(-size).join(''));
  const surname = [...name][0]!;
  chars.forEach((ch, i) => {
    if (ch === surname) consider(chars.slice(i, i + size).join(''));
  });
  return [...near];
}
