// What the consistency check of a release finds (domain/release-consistency.ts and its Chinese twin).

/** Where in a release a finding is: its headline or its body. */
export type ReleasePart = 'headline' | 'body';

export type Mismatch =
  | { kind: 'date'; expected: string }
  | { kind: 'ordinal'; expected: string; found: string[] }
  | { kind: 'chair_name'; expected: string; where: ReleasePart }
  | { kind: 'chair_title'; expected: string }
  | { kind: 'decision_title'; expected: string }
  /** A warning, not a mismatch: a name a letter or two from the chair's, likely a typo of it. */
  | { kind: 'chair_name_near'; expected: string; found: string; where: ReleasePart }
  // The minutes' (domain/minutes-consistency.ts): a person the attendance records, an agenda item's title
  // or conclusion, or an assignment (its lead unit, co-operating units and deadline, in one paragraph) that
  // the text does not hold.
  | { kind: 'attendee'; expected: string }
  | { kind: 'agenda_item'; expected: string }
  | { kind: 'conclusion'; expected: string }
  | { kind: 'assignment'; expected: string };

/** Findings that warn (an approver may still sign, saying why) rather than block a submission. */
export const isWarning = (m: Mismatch): boolean => m.kind === 'chair_name_near';

/** The text of a release as Gazette keeps it for checking: the headline, a blank line, the body. */
export function releaseParts(text: string): Record<ReleasePart, string> {
  const [headline = '', ...body] = text.replace(/\r\n/g, '\n').split(/\n[ \t]*\n/);
  return { headline, body: body.join('\n\n') };
}
