// The personal-data scan of a document about to go public: which kinds of document are scanned, what of a
// revision is read (its headline, its body, and the text layers of its attachments), and each finding as a
// person reviews it — its kind, its place and the text around it. Pure: the data layer reads the revision,
// the administrator's list of names and the overrides, and asks.

import {
  maskAll,
  scanPersonalData,
  type PersonalDataFinding,
  type PersonalDataKind,
  type ScanOptions,
} from './personal-data';
import { PUBLIC_DOCUMENT_KINDS, type DocumentKind } from './vocabulary';

/**
 * The kinds of document that can go public are scanned on save and refused publication while personal
 * data remains.
 */
export const isScannedKind = (kind: DocumentKind): boolean =>
  (PUBLIC_DOCUMENT_KINDS as readonly DocumentKind[]).includes(kind);

/** An attachment's text layer (PDF, DOCX); null when its file has none that can be read (not scanned). */
export type AttachmentText = { name: string; text: string | null };

/** What of a revision goes public. */
export type ScannedDocument = { headline: string; body: string; attachments?: readonly AttachmentText[] };

/** Where a finding is: the headline, the body, or an attachment ('attachment:<name>'). */
export type ScanPart = 'headline' | 'body' | `attachment:${string}`;

export type DocumentFinding = PersonalDataFinding & {
  part: ScanPart;
  value: string;
  /** 1-based line and column of its first character in its part. */
  line: number;
  column: number;
  /** Up to CONTEXT characters either side, on the same line. */
  before: string;
  after: string;
};

export type DocumentScan = {
  findings: DocumentFinding[];
  /** Attachments with no text layer to read: listed as not scanned. */
  notScanned: string[];
};

const CONTEXT = 24;

export function scanDocument(document: ScannedDocument, options: ScanOptions = {}): DocumentScan {
  const parts: [ScanPart, string][] = [
    ['headline', document.headline],
    ['body', document.body],
  ];
  const notScanned: string[] = [];
  for (const attachment of document.attachments ?? []) {
    if (attachment.text === null) notScanned.push(attachment.name);
    else parts.push([`attachment:${attachment.name}`, attachment.text]);
  }
  const findings = parts.flatMap(([part, text]) =>
    scanPersonalData(text, options).map((f) => inContext(part, text, f)),
  );
  return { findings, notScanned };
}

function inContext(part: ScanPart, text: string, f: PersonalDataFinding): DocumentFinding {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.end);
  const line = text.slice(0, f.start).split('\n').length;
  return {
    ...f,
    part,
    value: text.slice(f.start, f.end),
    line,
    column: f.start - lineStart + 1,
    before: text.slice(Math.max(lineStart, f.start - CONTEXT), f.start),
    after: text.slice(f.end, Math.min(lineEnd === -1 ? text.length : lineEnd, f.end + CONTEXT)),
  };
}

/** Names a finding of a revision: its place and kind (the value's hash is checked besides). */
export type FindingKey = { part: string; kind: string; start: number; end: number };

export const sameFinding = (a: FindingKey, b: FindingKey): boolean =>
  a.part === b.part && a.kind === b.kind && a.start === b.start && a.end === b.end;

export const isPersonalDataKind = (
  kind: string,
  kinds: readonly PersonalDataKind[],
): kind is PersonalDataKind => (kinds as readonly string[]).includes(kind);

/**
 * The headline and body with the chosen findings masked in the standard way (110101********1234,
 * 138****5678). Findings in attachments are not the revision's text: they are left to the attachment.
 */
export function maskedDocument(
  document: { headline: string; body: string },
  findings: readonly DocumentFinding[],
): { headline: string; body: string } {
  const of = (part: ScanPart) => findings.filter((f) => f.part === part);
  return {
    headline: maskAll(document.headline, of('headline')),
    body: maskAll(document.body, of('body')),
  };
}
