import type { DocumentKind } from '@/domain/vocabulary';

// The staff workspace's top-level paths: the proxy sends visitors without a session from them to sign in,
// and robots.txt keeps crawlers out of them. The public site never uses these names.
export const WORKSPACE_SECTIONS = [
  'meetings',
  'review',
  'admin',
  'account',
  'notifications',
  'documents',
  'tasks',
] as const;

const DOCUMENT_PAGE = {
  agenda: 'agenda',
  minutes: 'minutes',
  press_release: 'release',
} as const satisfies Record<DocumentKind, string>;

/** The workspace page of a meeting's agenda, minutes or press release. */
export const documentPagePath = (meetingId: number, kind: DocumentKind) =>
  `/meetings/${meetingId}/${DOCUMENT_PAGE[kind]}`;
