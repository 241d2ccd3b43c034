import { releaseIdOfSegment, type ReleaseAddress } from './release-address';

// An issued document's public address, "/documents/YYYY/ID-SLUG" (YYYY: the year of first publication, as
// for releases; the id decides, the slug only reads well). Written and read here alone.

export const documentPath = (d: ReleaseAddress) => `/documents/${d.year}/${d.id}-${d.slug}`;

/** The document a path ("/documents/YYYY/ID-SLUG", without a language prefix) names, or null. */
export function documentIdOfPath(path: string): number | null {
  const segment = /^\/documents\/\d{4}\/([^/]+)$/.exec(path)?.[1];
  return segment === undefined ? null : releaseIdOfSegment(segment);
}

/** Whether a path without a language prefix is a public document page (not the workspace's /documents/ID). */
export const isPublicDocumentPath = (path: string): boolean =>
  /^\/documents\/\d{4}\/\d+(-[^/]*)?$/.test(path);
