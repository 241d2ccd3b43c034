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
]);

/** The cookies that carry a staff session (next-auth's, over http and https). */
export const SESSION_COOKIES = Object.freeze(['authjs.session-token', '__Secure-authjs.session-token']);
