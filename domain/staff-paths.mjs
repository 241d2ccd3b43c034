// The staff workspace's top-level paths, in plain JavaScript so that the production server's own http
// layer (scripts/serve.mjs) reads the same list as the app: the proxy sends visitors without a session from
// them to sign in, robots.txt keeps crawlers out of them, and the cache contract never lets a shared cache
// keep them. The public site never uses these names.
export const WORKSPACE_SECTIONS = Object.freeze([
  'meetings',
  'review',
  'admin',
  'account',
  'notifications',
  'documents',
  'tasks',
  'received',
  'follow-up',
  'dashboard',
]);

/**
 * Whether a path is staff-only: sign-in or a workspace section, with or without a language prefix. An
 * issued document's public page ("/documents/YYYY/ID-SLUG") shares its first segment with the workspace's
 * "/documents/ID" and is public.
 */
export function isStaffPath(pathname) {
  if (/^\/(?:(?:en|zh)\/)?documents\/\d{4}\/\d+(?:-[^/]*)?$/.test(pathname)) return false;
  return STAFF.test(pathname);
}
const STAFF = new RegExp(`^/(?:(?:en|zh)/)?(?:login|${WORKSPACE_SECTIONS.join('|')})(?:/|$)`);

/** The cookies that carry a staff session (next-auth's, over http and https). */
export const SESSION_COOKIES = Object.freeze(['authjs.session-token', '__Secure-authjs.session-token']);
