import type { ContentLanguage, DocumentKind } from '@/domain/vocabulary';

// The staff workspace's top-level paths (listed in staff-paths.mjs, which the http server reads too).
export { WORKSPACE_SECTIONS } from './staff-paths.mjs';

const DOCUMENT_PAGE = {
  agenda: 'agenda',
  minutes: 'minutes',
  press_release: 'release',
} as const satisfies Record<Exclude<DocumentKind, 'policy_document' | 'interpretation'>, string>;

/**
 * The workspace page of a meeting's agenda, minutes or press release. A meeting has a release per language:
 * `?lang=` names which; without it the page shows the original. An issued document (policy document,
 * interpretation) has a page of its own, by its id; without the id, its meeting's records page.
 */
export const documentPagePath = (
  meetingId: number,
  kind: DocumentKind,
  language?: ContentLanguage,
  documentId?: number,
) => {
  if (kind === 'policy_document' || kind === 'interpretation') {
    return documentId === undefined ? `/meetings/${meetingId}` : issuedDocumentPath(documentId);
  }
  return `/meetings/${meetingId}/${DOCUMENT_PAGE[kind]}${kind === 'press_release' && language ? `?lang=${language}` : ''}`;
};

/** The workspace page of an issued document (policy document or interpretation). */
export const issuedDocumentPath = (documentId: number) => `/documents/${documentId}`;

/** The page where the minutes' records are kept: attendance, each item's outcome and assignments, distribution. */
export const minutesRecordsPath = (meetingId: number) => `/meetings/${meetingId}/minutes/records`;
