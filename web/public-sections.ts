import type { MessageKey } from '@/messages';

/**
 * The public site's sections, in the order of the primary navigation. A new section is one line here: its
 * address, its name, and the addresses below it (a page under one of them marks the section as current).
 */
export type PublicSection = { id: string; path: string; label: MessageKey; under: readonly string[] };

export const PUBLIC_SECTIONS: readonly PublicSection[] = [
  { id: 'latest', path: '/', label: 'publicNav.latest', under: ['/latest'] },
  { id: 'meetings', path: '/archive', label: 'publicNav.meetingsByYear', under: ['/archive', '/releases'] },
  { id: 'catalogue', path: '/catalogue', label: 'publicNav.catalogue', under: ['/catalogue', '/documents'] },
  { id: 'progress', path: '/progress', label: 'publicNav.progress', under: ['/progress'] },
];

/** The section a public address (without its /zh prefix) belongs to, if any. */
export function sectionOf(path: string): PublicSection | undefined {
  return PUBLIC_SECTIONS.find(
    (s) => s.path === path || s.under.some((p) => path === p || path.startsWith(`${p}/`)),
  );
}
