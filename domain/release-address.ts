import { isoDateInZone } from './dates';

// A published release's public address, "/releases/YYYY/ID-SLUG", written and read here alone: the pages,
// the feeds, the sitemap, the API's links, the export's file names and the proxy's withdrawn check all
// agree because none of them builds or parses it by hand.
//
// YYYY is the year of first publication in the site's time zone. The id decides which release an address
// names; the slug only reads well (it may change, and a release saved before it had one is "release").

export type ReleaseAddress = { id: number; slug: string; year: string };

const FALLBACK_SLUG = 'release';

/** The address parts of a published release (one with a first-published time). */
export function releaseAddress(
  release: { id: number; slug: string | null; firstPublishedAt: Date },
  timeZone: string,
): ReleaseAddress {
  return {
    id: release.id,
    slug: release.slug ?? FALLBACK_SLUG,
    year: isoDateInZone(release.firstPublishedAt, timeZone).slice(0, 4),
  };
}

/** "/releases/2024/3-huang-qiang-chairs-…": the release's page, relative to the site and its language. */
export const releasePath = (r: ReleaseAddress) => `/releases/${r.year}/${r.id}-${r.slug}`;

/**
 * "/releases/2024/3": the address without its slug, which names the release for good (the slug may change;
 * the page redirects this address to the current one).
 */
export const permanentReleasePath = (r: Omit<ReleaseAddress, 'slug'>) => `/releases/${r.year}/${r.id}`;

/** The release an address's last segment names: "12-any-words" and "12" are release 12, whatever the words. */
export function releaseIdOfSegment(segment: string): number | null {
  const id = Number(/^(\d+)(?:-|$)/.exec(segment)?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The release a path ("/releases/YYYY/ID-SLUG", without a language prefix) names, or null. */
export function releaseIdOfPath(path: string): number | null {
  const segment = /^\/releases\/\d{4}\/([^/]+)$/.exec(path)?.[1];
  return segment === undefined ? null : releaseIdOfSegment(segment);
}
