// What importing a parsed release writes: the meeting's records, its decisions and the release text, or
// a clear error naming the file and line when the text lacks something the records cannot do without.
// Pure: the dry run, the upload page's preview and the import itself all read the same plan.
import { ReleaseParseError, type ParsedRelease, type RefusalCode } from './release-import';
import type { DecisionKind, DecisionSummary, MeetingDesignation } from './vocabulary';

export type ImportPlan = MeetingDesignation & {
  /** The release's language: it fills that language's release and record columns. */
  language: 'en' | 'zh';
  headline: string;
  /** How the release says the chair led the meeting; kept in the release text and the audit event. */
  verb: string;
  purpose: string;
  decisions: DecisionSummary[];
  /** The body paragraphs as stored: Markdown paragraphs that render as exactly the original text. */
  bodyMarkdown: string;
  paragraphs: string[];
  /**
   * The calendar day (in the site's time zone) the release was first published: the release's date when
   * it has one (ParsedRelease.published; a date before the meeting is ignored as impossible), else the day
   * of the meeting, since the province publishes on the day.
   */
  publishedOn: string;
  warnings: string[];
};

/** The kind recorded when the title names none Gazette knows; a warning says so, and it can be corrected. */
export const FALLBACK_DECISION_KIND: DecisionKind = 'measures';

/** The register's only body, taken for a release that names none (the register knows no other). */
export type OnlyBody = { name: string; meetingName: string };

export function planImport(parsed: ParsedRelease, fileName: string, onlyBody?: OnlyBody): ImportPlan {
  const fail = (line: number, reason: string, code: RefusalCode): never => {
    throw new ReleaseParseError(line, reason, fileName, code);
  };
  const opening = parsed.lines.opening;
  const why = (pattern: RegExp) => parsed.warnings.find((w) => pattern.test(w));

  const heldOn =
    parsed.date ??
    fail(
      opening,
      why(/\bdate\b|\byear\b/) ?? 'the opening paragraph gives no date the meeting was held',
      'no_date',
    );
  const chairName =
    parsed.chair ||
    fail(
      opening,
      why(/chair/) ?? 'the opening paragraph names no chair ("<chair> presided over the …")',
      'no_chair',
    );
  if (!parsed.meetingName) {
    fail(
      opening,
      'the opening paragraph does not name the meeting as "the <ordinal> <… Meeting> of <body>"',
      'no_designation',
    );
  }
  const bodyName = parsed.body ?? onlyBody?.name;
  const meetingName = parsed.body ? parsed.meetingName! : (onlyBody?.meetingName ?? parsed.meetingName!);
  if (!bodyName) {
    fail(
      opening,
      'neither the opening nor the headline names the body ("… Meeting of <body>"), and the register has not exactly one: pass --body',
      'no_body',
    );
  }
  // Checked after the chair: without the chair sentence the body's ordinal cannot be read either.
  const sessionNumber =
    parsed.meetingNumber ??
    fail(opening, 'no session number ("25th") in the headline or the opening paragraph', 'no_session_number');

  const warnings = [...parsed.warnings];
  const decisions = parsed.decisions.map((d) => {
    if (d.kind) return { title: d.title, kind: d.kind, outcome: d.outcome };
    warnings.push(
      `recorded as "${FALLBACK_DECISION_KIND}" (correct it in the meeting's decisions): ${d.title}`,
    );
    return { title: d.title, kind: FALLBACK_DECISION_KIND, outcome: d.outcome };
  });

  return {
    language: parsed.language,
    headline: parsed.headline,
    bodyName: bodyName!,
    meetingName,
    sessionNumber,
    heldOn,
    chairName,
    chairTitle: parsed.chairTitle ?? '',
    verb: parsed.verb ?? 'presided over',
    purpose: parsed.purpose ?? '',
    decisions,
    bodyMarkdown: paragraphsToMarkdown(parsed.bodyParagraphs),
    paragraphs: parsed.bodyParagraphs,
    publishedOn: parsed.published && parsed.published >= heldOn ? parsed.published : heldOn,
    warnings,
  };
}

/**
 * Plain paragraphs as Markdown that renders back to the same text: characters Markdown would read as
 * emphasis, code, links or HTML are escaped, and so is a paragraph opening that would make a heading,
 * quote or list ("1. …", "- …", "# …").
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) =>
      p
        .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
        .replace(/&(?=#?\w+;)/g, '\\&')
        .replace(/^(#{1,6}\s|[-+]\s|=+\s*$)/, (m) => `\\${m}`)
        .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3'),
    )
    .join('\n\n');
}
