import { assignmentSentence, CONCLUSION_SENTENCES, minutesDate, type MinutesRecords } from './minutes-draft';
import type { Mismatch } from './release-findings';
import type { ContentLanguage } from './vocabulary';

// The minutes checked against their records before review: every person the attendance lists, the title
// and conclusion of every agenda item with a recorded outcome, and every assignment — its lead unit, its co-operating units and its deadline
// together in one paragraph, so that a unit moved to another task is caught — must be in the text. The
// drafting writes all of them; the check finds what an edit lost or changed.

/** Spaces (and, in Chinese, every space) do not count: a text reflowed by hand still matches. */
const comparable = (text: string, language: ContentLanguage) =>
  language === 'zh' ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ').trim().toLowerCase();

export function checkMinutesAgainstRecords(
  text: string,
  records: MinutesRecords,
  language: ContentLanguage,
): Mismatch[] {
  const whole = comparable(text, language);
  const paragraphs = text.split(/\n[ \t]*\n/).map((p) => comparable(p, language));
  const has = (needle: string) => whole.includes(comparable(needle, language));
  const findings: Mismatch[] = [];

  for (const person of records.attendance) {
    if (person.name.trim() && !has(person.name))
      findings.push({ kind: 'attendee', expected: person.name.trim() });
  }
  // An item the minutes record nothing of (no conclusion, no assignment) need not be in them.
  for (const item of records.items.filter((i) => i.conclusion || i.assignments.length > 0)) {
    if (item.title.trim() && !has(item.title))
      findings.push({ kind: 'agenda_item', expected: item.title.trim() });
    if (item.conclusion) {
      const sentence = CONCLUSION_SENTENCES[language][item.conclusion];
      if (!has(sentence)) findings.push({ kind: 'conclusion', expected: sentence });
    }
    for (const assignment of item.assignments) {
      const needles = [
        assignment.leadUnit,
        ...assignment.coUnits,
        ...(assignment.deadline ? [minutesDate(assignment.deadline, language)] : []),
      ].map((n) => comparable(n, language));
      const together = paragraphs.some((p) => needles.every((n) => p.includes(n)));
      if (!together)
        findings.push({ kind: 'assignment', expected: assignmentSentence(assignment, language) });
    }
  }
  return findings;
}
