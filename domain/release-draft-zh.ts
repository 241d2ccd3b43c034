import { chineseMonthDay } from './dates';
import { ordinal } from './ordinal';
import { reportedDecisions, type MeetingRecords, type ReleaseDraft } from './release-draft';
import type { DecisionKind, DecisionOutcome, DecisionSummary } from './vocabulary';

// The Chinese release in the house style of provincial executive-meeting releases (notes on the form:
// shared seed zh-house-style.md). The records are the meeting's Chinese values: the body as it reads inside
// a sentence ("省政府"), the meeting's name ("常务会议"), the chair's title line before the name
// ("省委副书记、省长"), document titles without their 《》 (the drafting adds them).

/** Leads a paragraph of what the meeting stressed may already open with; otherwise it gets 会议强调. */
const STRESS_LEADS = /^(会议(?:强调|指出|要求|认为|提出|明确|部署|决定|听取|审议)|会议还)/;

/** Kinds whose title is not a document's (a list of people, a naming): written without 《》. */
const UNBRACKETED_KINDS: ReadonlySet<DecisionKind> = new Set(['nomination_list', 'naming']);

/** "省政府第25次常务会议" */
export function chineseMeetingDesignation(
  records: Pick<MeetingRecords, 'sessionNumber' | 'meetingName' | 'bodyName'>,
) {
  return `${records.bodyName.trim()}${ordinal(records.sessionNumber, 'zh')}${records.meetingName.trim()}`;
}

/** A title as the text writes it: in 《》 unless it is a list's or a naming's phrase (or already has them). */
export function chineseTitle(decision: Pick<DecisionSummary, 'title' | 'kind'>): string {
  const title = decision.title.trim();
  if (UNBRACKETED_KINDS.has(decision.kind) || /^《.*》$/.test(title)) return title;
  return `《${title}》`;
}

/**
 * Drafts the Chinese release: the dateline and chair sentence with the purpose, a paragraph per theme the
 * meeting stressed, a paragraph per adopted document it emphasised, the other adoptions and namings in one
 * paragraph, and the closing sentence 会议还研究了其他事项。
 */
export function draftChineseRelease(records: MeetingRecords): ReleaseDraft {
  const paragraphs = [openingParagraph(records)];

  for (const item of records.agendaItems) {
    const stressed = stripEnd(item.stressed);
    if (!stressed) continue;
    paragraphs.push(sentence(STRESS_LEADS.test(stressed) ? stressed : `会议强调，${stressed}`));
  }

  const reported = reportedDecisions(records);
  const emphasised = reported.filter((d) => d.kind !== 'naming' && d.emphasis.trim());
  for (const d of emphasised) {
    const emphasis = stripEnd(d.emphasis);
    const lead = STRESS_LEADS.test(emphasis) ? emphasis : `会议强调，${emphasis}`;
    paragraphs.push(`${sentence(`会议${adoptionVerb(d.outcome)}${chineseTitle(d)}`)}${sentence(lead)}`);
  }

  const rest = reported.filter((d) => !emphasised.includes(d));
  if (rest.length > 0) paragraphs.push(otherDecisionsParagraph(rest, emphasised.length > 0));

  paragraphs.push('会议还研究了其他事项。');
  return {
    headline: `${records.chairName.trim()}主持召开${chineseMeetingDesignation(records)}`,
    paragraphs,
  };
}

function openingParagraph(r: MeetingRecords): string {
  const purpose = stripEnd(r.purpose).replace(/^[，,]\s*/, '');
  return sentence(
    `${chineseMonthDay(r.heldOn)}，${r.chairTitle.trim()}${r.chairName.trim()}主持召开${chineseMeetingDesignation(r)}${purpose ? `，${purpose}` : ''}`,
  );
}

function otherDecisionsParagraph(decisions: DecisionSummary[], also: boolean): string {
  const adopted = decisions.filter((d) => d.kind !== 'naming' && d.outcome === 'adopted');
  const inPrinciple = decisions.filter((d) => d.kind !== 'naming' && d.outcome === 'adopted_in_principle');
  const namings = decisions.filter((d) => d.kind === 'naming');

  const clauses: string[] = [];
  if (adopted.length) clauses.push(`审议通过${joinTitles(adopted)}`);
  if (inPrinciple.length) clauses.push(`原则通过${joinTitles(inPrinciple)}`);
  if (namings.length) clauses.push(`决定命名${namings.map((d) => d.title.trim()).join('；命名')}`);
  return sentence(`会议${also ? '还' : ''}${clauses.join('，')}`);
}

/**
 * Titles in 《》 run on without separators (《甲》《乙》); a list or other unbracketed phrase is set off
 * with 、, and the last item joins with 和: 《甲》《乙》和第四届四川慈善奖拟表彰对象名单.
 */
export function joinTitles(decisions: ReadonlyArray<Pick<DecisionSummary, 'title' | 'kind'>>): string {
  const groups: string[] = [];
  for (const d of decisions) {
    const written = chineseTitle(d);
    const last = groups.at(-1);
    if (last !== undefined && last.endsWith('》') && written.startsWith('《'))
      groups[groups.length - 1] += written;
    else groups.push(written);
  }
  if (groups.length <= 1) return groups.join('');
  return `${groups.slice(0, -1).join('、')}和${groups.at(-1)}`;
}

function adoptionVerb(outcome: DecisionOutcome): string {
  return outcome === 'adopted_in_principle' ? '原则通过' : '审议通过';
}

/** Without the sentence's own closing punctuation, so that the drafting ends it exactly once. */
function stripEnd(text: string): string {
  return text.trim().replace(/[。．.；;，,\s]+$/u, '');
}

function sentence(text: string): string {
  const t = text.trim();
  return /[。！？]$/.test(t) ? t : `${t}。`;
}
