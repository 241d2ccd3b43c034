// The names a shared cache (Varnish's xkey, a CDN's surrogate keys) files public answers under, and the
// names a change purges. One module for both sides, in plain JavaScript because the production server's
// http layer (web/cache-contract.mjs) tags responses before Next is involved.
//
// Every public answer carries ALL (a settings change purges it: every page shows the site's name).
// An address this module does not know yet gets PUBLIC, which every public change purges: a new public
// page is correct behind a cache before it is given tags of its own (at worst purged too often).

export const TAG = Object.freeze({
  all: 'gz-all',
  public: 'gz-public',
  home: 'gz-home',
  latest: 'gz-latest',
  archive: 'gz-archive',
  feeds: 'gz-feeds',
  search: 'gz-search',
  sitemap: 'gz-sitemap',
  openData: 'gz-open-data',
});

/** The tag of one release's page (and of its withdrawn notice, its permanent address, its API record). */
export const releaseTag = (id) => `gz-release-${id}`;

// "/releases/YYYY/ID-slug" and "/releases/YYYY/ID" (domain/release-address.ts writes them).
const RELEASE = /^\/releases\/\d{4}\/(\d+)(?:-[^/]*)?\/?$/;
const API_RELEASE = /^\/api\/v1\/releases\/(\d+)\/?$/;

/** The tags of a public address (with or without its /en or /zh prefix); always includes ALL. */
export function tagsOfPublicPath(pathname) {
  const path = pathname.replace(/^\/(en|zh)(?=\/|$)/, '') || '/';
  return [TAG.all, ...ownTags(path)];
}

function ownTags(path) {
  if (path === '/') return [TAG.home];
  const release = RELEASE.exec(path) ?? API_RELEASE.exec(path);
  if (release) return [releaseTag(Number(release[1]))];
  if (path === '/api/v1/releases' || path === '/api/v1/openapi.json') return [TAG.openData];
  if (/^\/latest(\/|$)/.test(path)) return [TAG.latest];
  if (/^\/archive(\/|$)/.test(path)) return [TAG.archive];
  if (path === '/feed.xml' || path === '/rss.xml') return [TAG.feeds];
  if (path === '/search') return [TAG.search];
  if (path === '/sitemap.xml' || path.startsWith('/sitemaps/')) return [TAG.sitemap];
  return [TAG.public];
}

/**
 * What a change to these releases' public state (a publication, a republication, a withdrawal, an import)
 * makes stale: their own pages and every list that may show them. Other releases' pages stay.
 */
export function tagsAfterReleaseChange(releaseIds) {
  return [
    ...releaseIds.map(releaseTag),
    TAG.home,
    TAG.latest,
    TAG.archive,
    TAG.feeds,
    TAG.search,
    TAG.sitemap,
    TAG.openData,
    TAG.public,
  ];
}

/**
 * What a change shown only on pages without tags of their own (an issued document's validity, public
 * progress of follow-up items) makes stale: those pages, and the release pages of its meeting, which link
 * to them.
 */
export function tagsAfterMeetingPagesChange(releaseIds) {
  return [...releaseIds.map(releaseTag), TAG.public];
}

/** The site settings show on every page. */
export const tagsAfterSettingsChange = () => [TAG.all];
