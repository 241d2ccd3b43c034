// What a shared cache (Varnish, a CDN) may do with each answer, said where answers leave the app
// (scripts/serve.mjs), after Next has set its own headers:
// - staff pages, sign-in, the API's credentialed and staff routes, and every answer to a request carrying
//   a session cookie or credentials: `Cache-Control: private, no-store`, and no surrogate headers;
// - public answers: `Surrogate-Control` and `CDN-Cache-Control` (a bounded lifetime, so that a lost purge
//   cannot keep a page for long, and `stale-if-error`, so that the cache serves while the origin restarts),
//   their tags in `Surrogate-Key` (domain/cache-tags.mjs), and an ETag. Next owns `Cache-Control` on its
//   cached pages; only its shared-cache lifetime (`s-maxage`, a year) is bounded to the same fallback.
import { createHash } from 'node:crypto';
import { tagsOfPublicPath } from '../domain/cache-tags.mjs';
import { isStaffPath, SESSION_COOKIES } from '../domain/staff-paths.mjs';

// The API's public, anonymous reads (the open-data releases); every other /api route is staff's.
const PUBLIC_API = /^\/api\/v1\/(?:releases(?:\/\d+)?|openapi\.json)\/?$/;
// Next's own build files are named by their content and say so themselves (immutable).
const NEXT_FILES = /^\/_next\//;
// Answers a shared cache may keep; anything else (5xx above all) it must not.
const CACHEABLE_STATUS = new Set([200, 203, 204, 300, 301, 308, 404, 410]);

export const FALLBACK_BOUNDS = Object.freeze({ min: 60, max: 7 * 86_400, default: 86_400 });
export const STALE_IF_ERROR_BOUNDS = Object.freeze({ min: 0, max: 7 * 86_400, default: 86_400 });

function seconds(name, value, bounds) {
  if (value === undefined || value === '') return bounds.default;
  const n = Number(value);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    throw new Error(`${name} must be a whole number of seconds from ${bounds.min} to ${bounds.max}`);
  }
  return n;
}

/** The contract's two settings, from the environment: CACHE_FALLBACK_SECONDS, CACHE_STALE_IF_ERROR_SECONDS. */
export function cacheSettings(environment) {
  return {
    fallbackSeconds: seconds('CACHE_FALLBACK_SECONDS', environment.CACHE_FALLBACK_SECONDS, FALLBACK_BOUNDS),
    staleIfErrorSeconds: seconds(
      'CACHE_STALE_IF_ERROR_SECONDS',
      environment.CACHE_STALE_IF_ERROR_SECONDS,
      STALE_IF_ERROR_BOUNDS,
    ),
  };
}

function hasSessionCookie(cookieHeader) {
  if (!cookieHeader) return false;
  return cookieHeader.split(';').some((pair) => {
    const name = pair.split('=')[0].trim();
    // next-auth splits a large session token into "name.0", "name.1", …
    return SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`));
  });
}

/**
 * Which side of the contract a request is on: `private` (never kept by a shared cache), `public` with the
 * tags of what it shows, or `untouched` (Next's build files).
 */
export function cachingOf({ method, url, headers }) {
  const pathname = new URL(url ?? '/', 'http://origin').pathname;
  if (NEXT_FILES.test(pathname)) return { kind: 'untouched' };
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'private' };
  if (headers.authorization || hasSessionCookie(headers.cookie)) return { kind: 'private' };
  if (isStaffPath(pathname)) return { kind: 'private' };
  if (pathname.startsWith('/api/') && !PUBLIC_API.test(pathname)) return { kind: 'private' };
  return { kind: 'public', tags: tagsOfPublicPath(pathname) };
}

/** The `Surrogate-Control` (and `CDN-Cache-Control`) value of a public answer. */
export const surrogateControl = ({ fallbackSeconds, staleIfErrorSeconds }) =>
  `max-age=${fallbackSeconds}, stale-if-error=${staleIfErrorSeconds}`;

function boundedCacheControl(value, fallbackSeconds) {
  return value.replace(/s-maxage=(\d+)/i, (_, n) => `s-maxage=${Math.min(Number(n), fallbackSeconds)}`);
}

const etagOf = (body) => `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;

const matches = (ifNoneMatch, etag) =>
  typeof ifNoneMatch === 'string' &&
  ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });

/**
 * Sets the contract's headers on `response` just before its head is written. A public answer without a
 * validator is held until its end to be given one (the feeds and the search page: small bodies), and
 * answers 304 to a request that already holds it.
 */
export function applyCacheContract(request, response, settings) {
  const caching = cachingOf(request);
  if (caching.kind === 'untouched') return;
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  let held = null;
  let decided = false;
  const chunks = [];

  response.writeHead = function (statusCode, ...rest) {
    decided = true;
    if (caching.kind === 'private') {
      this.setHeader('Cache-Control', 'private, no-store');
      for (const name of ['surrogate-control', 'cdn-cache-control', 'surrogate-key', 'etag']) {
        this.removeHeader(name);
      }
      return writeHead.call(this, statusCode, ...rest);
    }
    // Not kept: an error, and a page Next answered from its stale copy while it renders the new one
    // (a shared cache would otherwise keep the old page after the purge that asked for the new).
    if (!CACHEABLE_STATUS.has(statusCode) || this.getHeader('x-nextjs-cache') === 'STALE') {
      this.setHeader('Surrogate-Control', 'no-store');
      this.setHeader('CDN-Cache-Control', 'no-store');
      return writeHead.call(this, statusCode, ...rest);
    }
    this.setHeader('Surrogate-Control', surrogateControl(settings));
    this.setHeader('CDN-Cache-Control', surrogateControl(settings));
    this.setHeader('Surrogate-Key', caching.tags.join(' '));
    const cacheControl = this.getHeader('cache-control');
    if (typeof cacheControl === 'string') {
      this.setHeader('Cache-Control', boundedCacheControl(cacheControl, settings.fallbackSeconds));
    }
    if (statusCode === 200 && request.method === 'GET' && !this.hasHeader('etag')) {
      held = [statusCode, ...rest];
      return this;
    }
    return writeHead.call(this, statusCode, ...rest);
  };

  // Node writes an implicit head from inside write() and end(), after it has committed to sending the
  // chunk: the head is decided here first, so that a held answer is held from its first byte.
  response.write = function (chunk, encoding, callback) {
    if (!decided && !this.headersSent) this.writeHead(this.statusCode);
    if (!held) return write.apply(this, arguments);
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    if (callback) process.nextTick(callback);
    return true;
  };

  response.end = function (chunk, encoding, callback) {
    if (!decided && !this.headersSent) this.writeHead(this.statusCode);
    if (!held) return end.apply(this, arguments);
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    const body = Buffer.concat(chunks);
    const etag = etagOf(body);
    this.setHeader('ETag', etag);
    this.removeHeader('transfer-encoding');
    if (matches(request.headers['if-none-match'], etag)) {
      this.removeHeader('content-length');
      this.removeHeader('content-type');
      writeHead.call(this, 304);
      return end.call(this, callback);
    }
    this.setHeader('Content-Length', body.length);
    writeHead.apply(this, held);
    return end.call(this, body, callback);
  };
}
