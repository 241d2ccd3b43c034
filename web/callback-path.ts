// Where to go after signing in: a path of this site only, never an absolute URL someone slipped in, and
// written as URL syntax (the WHATWG parser percent-encodes control and non-ASCII characters and drops
// tabs and line breaks), so it is always a valid Location header.

const SELF = 'http://gazette.invalid';
const FALLBACK = '/meetings';

export function callbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return FALLBACK;
  try {
    const url = new URL(value, SELF);
    // "//host", "/\\host" and "/\\n/host" name another site: the parsed origin tells.
    return url.origin === SELF ? `${url.pathname}${url.search}${url.hash}` : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
