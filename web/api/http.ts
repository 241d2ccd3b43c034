import { createHash } from 'node:crypto';
import type { z } from 'zod';

// HTTP details of the open-data API: CORS for reading, validators (ETag, Last-Modified) and 304 answers,
// and one shape for every error.

/** Anyone may read open data from a browser on any site; no credentials are ever involved. */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'Access-Control-Max-Age': '86400',
} as const;

/** Clients may keep an answer a minute, then must ask again (cheaply, with its ETag). */
const CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/** The answer to a CORS preflight of a read-only resource. */
export const preflight = () => new Response(null, { status: 204, headers: CORS_HEADERS });

export function apiErrorResponse(
  status: number,
  code: string,
  message: string,
  extra: { issues?: { field: string; message: string }[]; headers?: HeadersInit; cors?: boolean } = {},
): Response {
  const headers = new Headers(extra.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('Cache-Control', 'no-store');
  if (extra.cors) for (const [k, v] of Object.entries(CORS_HEADERS)) headers.set(k, v);
  const error = { code, message, ...(extra.issues ? { issues: extra.issues } : {}) };
  return new Response(JSON.stringify({ error }), { status, headers });
}

/** The problems of a query or body, one per field, for a 400 answer. */
export function issuesOf(
  error: z.ZodError,
  describe: (issue: z.ZodError['issues'][number]) => string = (issue) => issue.message,
) {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: describe(issue),
  }));
}

/** A strong validator from the exact bytes of the answer: equal ETags mean identical bodies. */
export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match: true when one of the listed tags (weak comparison, as RFC 9110 asks for GET) matches. */
function noneMatchHits(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * A JSON answer for a cacheable GET, checked against its schema first, with ETag, Last-Modified,
 * Cache-Control and CORS; 304 without a body when the client's copy is current. If-Modified-Since is
 * consulted only without If-None-Match, and to the second, as HTTP dates carry no more.
 */
export function cacheableJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  value: z.input<S>,
  lastModified: Date | null,
): Response {
  const body = JSON.stringify(schema.parse(value));
  const etag = etagOf(body);
  const headers = new Headers({ ...CORS_HEADERS, ETag: etag, 'Cache-Control': CACHE_CONTROL });
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());

  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  let notModified = false;
  if (ifNoneMatch !== null) notModified = noneMatchHits(ifNoneMatch, etag);
  else if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    notModified = !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  if (notModified) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(body, { status: 200, headers });
}
