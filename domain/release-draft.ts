import type { DecisionOutcome, DecisionSummary, MeetingDesignation } from './vocabulary';
import { englishMonthDay } from './dates';
import { englishOrdinal } from './ordinal';

/** What the drafting reads: a meeting, its agenda items and its decisions, in order. */
export type MeetingRecords = MeetingDesignation & {
  purpose: string;
  agendaItems: ReadonlyArray<{ stressed: string }>;
  decisions: ReadonlyArray<DecisionSummary & { emphasis: string }>;
};

export type ReleaseDraft = { headline: string; paragraphs: string[] };

/** Decisions the release reports: those the meeting adopted, outright or in principle. */
export function reportedDecisions<D extends { outcome: DecisionOutcome }>(records: {
  decisions: ReadonlyArray<D>;
}): D[] {
  return records.decisions.filter((d) => d.outcome === 'adopted' || d.outcome === 'adopted_in_principle');
}

/** "the 25th Executive Meeting of the People's Government of Sichuan Province" */
export function meetingDesignation(
  records: Pick<MeetingRecords, 'sessionNumber' | 'meetingName' | 'bodyName'>,
) {
  return `the ${englishOrdinal(records.sessionNumber)} ${records.meetingName} of ${records.bodyName}`;
}

/**
 * Drafts the press release in the house style of the province's releases: the dateline and chair sentence
 * with the purpose, what the meeting stressed, each adopted document it emphasised, the other decisions in
 * one sentence, and the closing sentence.
 */
export function draftRelease(records: MeetingRecords): ReleaseDraft {
  const short = `The ${records.meetingName}`;
  const paragraphs = [openingParagraph(records)];

  records.agendaItems
    .map((item) => item.stressed.trim())
    .filter(Boolean)
    .forEach((stressed, i) =>
      paragraphs.push(sentence(`${short} ${i === 0 ? 'stressed' : 'also stressed'} ${stressed}`)),
    );

  const reported = reportedDecisions(records);
  const emphasised = reported.filter((d) => d.kind !== 'naming' && d.emphasis.trim());
  emphasised.forEach((d, i) => {
    const verb = i === 0 ? adoptionVerb(d.outcome) : `also ${adoptionVerb(d.outcome)}`;
    paragraphs.push(
      sentence(`${short} ${verb} ${withArticle(d.title)}, emphasizing that ${d.emphasis.trim()}`),
    );
  });

  const rest = reported.filter((d) => !emphasised.includes(d));
  if (rest.length > 0) paragraphs.push(otherDecisionsParagraph(short, rest, emphasised.length > 0));

  paragraphs.push(`Some other issues were also discussed at the ${records.meetingName}.`);
  return {
    headline: `${records.chairName} Chairs ${records.meetingName} of ${records.bodyName}`,
    paragraphs,
  };
}

/** The release as stored: Markdown paragraphs separated by blank lines. */
export function draftToMarkdown(draft: ReleaseDraft): string {
  return draft.paragraphs.join('\n\n');
}

function openingParagraph(r: MeetingRecords): string {
  const chair = r.chairTitle.trim() ? `${r.chairName}, ${r.chairTitle.trim()},` : r.chairName;
  const purpose = r.purpose.trim();
  return sentence(
    `On ${englishMonthDay(r.heldOn)}, ${chair} presided over ${meetingDesignation(r)}${purpose ? ` ${purpose}` : ''}`,
  );
}

function otherDecisionsParagraph(short: string, decisions: DecisionSummary[], also: boolean): string {
  const adopted = decisions.filter((d) => d.kind !== 'naming' && d.outcome === 'adopted');
  const inPrinciple = decisions.filter((d) => d.kind !== 'naming' && d.outcome === 'adopted_in_principle');
  const namings = decisions.filter((d) => d.kind === 'naming');

  const clauses: string[] = [];
  if (adopted.length)
    clauses.push(`deliberated and adopted ${joinList(adopted.map((d) => withArticle(d.title)))}`);
  if (inPrinciple.length) {
    clauses.push(
      `deliberated and adopted in principle ${joinList(inPrinciple.map((d) => withArticle(d.title)))}`,
    );
  }
  if (namings.length) clauses.push(`decided to name ${joinList(namings.map((d) => d.title.trim()))}`);

  const head = also ? `${short} also` : short;
  return sentence(
    `${head} ${clauses.slice(0, -1).join(', ')}${clauses.length > 1 ? ', and ' : ''}${clauses.at(-1)}`,
  );
}

function adoptionVerb(outcome: DecisionOutcome): string {
  return outcome === 'adopted_in_principle'
    ? 'deliberated and adopted in principle'
    : 'deliberated and adopted';
}

/** "A", "A and B", "A, B and C": the house style has no serial comma. */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function withArticle(title: string): string {
  const t = title.trim();
  return /^the\s/i.test(t) ? t : `the ${t}`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?。]$/.test(t) ? t : `${t}.`;
}
