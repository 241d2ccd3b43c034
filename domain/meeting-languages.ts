import type { MeetingRecords } from './release-draft';
import type { AgendaItemKind, ContentLanguage, DecisionKind, DecisionOutcome } from './vocabulary';

// A meeting's records hold every field a release quotes in both content languages: the English value and
// the Chinese one (`…Zh`). A release in one language is drafted and checked against that language's values;
// what that language lacks is listed here, field by field, for the secretariat to fill in first.

export const otherLanguage = (language: ContentLanguage): ContentLanguage =>
  language === 'zh' ? 'en' : 'zh';

/** The bilingual records of a meeting, as the data layer reads them. */
export type BilingualMeeting = {
  body: { name: string; nameZh: string; meetingName: string; meetingNameZh: string };
  sessionNumber: number;
  heldOn: string;
  chairName: string;
  chairNameZh: string;
  chairTitle: string;
  chairTitleZh: string;
  purpose: string;
  purposeZh: string;
  agendaItems: {
    kind: AgendaItemKind;
    title: string;
    titleZh: string;
    stressed: string;
    stressedZh: string;
  }[];
  decisions: {
    title: string;
    titleZh: string;
    kind: DecisionKind;
    outcome: DecisionOutcome;
    emphasis: string;
    emphasisZh: string;
  }[];
};

const pick = (language: ContentLanguage, en: string, zh: string) => (language === 'zh' ? zh : en);

/** The records in one language: what that language's release is drafted from and checked against. */
export function recordsIn(meeting: BilingualMeeting, language: ContentLanguage): MeetingRecords {
  const at = (en: string, zh: string) => pick(language, en, zh);
  return {
    bodyName: at(meeting.body.name, meeting.body.nameZh),
    meetingName: at(meeting.body.meetingName, meeting.body.meetingNameZh),
    sessionNumber: meeting.sessionNumber,
    heldOn: meeting.heldOn,
    chairName: at(meeting.chairName, meeting.chairNameZh),
    chairTitle: at(meeting.chairTitle, meeting.chairTitleZh),
    purpose: at(meeting.purpose, meeting.purposeZh),
    agendaItems: meeting.agendaItems.map((item) => ({
      kind: item.kind,
      title: at(item.title, item.titleZh),
      stressed: at(item.stressed, item.stressedZh),
    })),
    decisions: meeting.decisions.map((d) => ({
      title: at(d.title, d.titleZh),
      kind: d.kind,
      outcome: d.outcome,
      emphasis: at(d.emphasis, d.emphasisZh),
    })),
  };
}

export const RECORD_FIELDS = [
  'bodyName',
  'meetingName',
  'chairName',
  'chairTitle',
  'purpose',
  'stressed',
  'decisionTitle',
  'emphasis',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/**
 * A field a release in some language needs and that language lacks. `position` is the agenda item's or
 * decision's place in its list (1-based); `known` is its value in the other language, to say which it is.
 */
export type MissingField = { field: RecordField; position?: number; known: string };

/** Fields every release states, written in some language or not. */
const REQUIRED: ReadonlySet<RecordField> = new Set(['bodyName', 'meetingName', 'chairName', 'decisionTitle']);

/**
 * What the release in `language` needs and the records lack in it: a field that is empty in this language
 * while the other language has it (its translation is missing), or a field every release states.
 */
export function missingIn(meeting: BilingualMeeting, language: ContentLanguage): MissingField[] {
  const here = recordsIn(meeting, language);
  const there = recordsIn(meeting, otherLanguage(language));
  const missing: MissingField[] = [];
  const check = (field: RecordField, value: string, known: string, position?: number) => {
    if (value.trim() || (!known.trim() && !REQUIRED.has(field))) return;
    missing.push({ field, known: known.trim(), ...(position === undefined ? {} : { position }) });
  };
  check('bodyName', here.bodyName, there.bodyName);
  check('meetingName', here.meetingName, there.meetingName);
  check('chairName', here.chairName, there.chairName);
  check('chairTitle', here.chairTitle, there.chairTitle);
  check('purpose', here.purpose, there.purpose);
  // An agenda item's title is not quoted by a release; what the meeting stressed is.
  here.agendaItems.forEach((item, i) =>
    check('stressed', item.stressed, there.agendaItems[i]!.stressed, i + 1),
  );
  // Only the decisions a release reports are quoted: those adopted, outright or in principle.
  here.decisions.forEach((d, i) => {
    if (d.outcome !== 'adopted' && d.outcome !== 'adopted_in_principle') return;
    const other = there.decisions[i]!;
    check('decisionTitle', d.title, other.title, i + 1);
    if (d.kind !== 'naming') check('emphasis', d.emphasis, other.emphasis, i + 1);
  });
  return missing;
}
