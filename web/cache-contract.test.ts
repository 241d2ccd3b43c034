import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { applyCacheContract, cacheSettings, cachingOf } from './cache-contract.mjs';

const settings = { fallbackSeconds: 600, staleIfErrorSeconds: 3600 };

/** One request to a server whose handler runs behind the contract; its status, headers and body. */
async function served(handler: RequestListener, path = '/feed.xml', headers: Record<string, string> = {}) {
  const server = createServer((request, response) => {
    applyCacheContract(request, response, settings);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, {
      headers,
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  } finally {
    server.close();
  }
}

describe('which side of the contract a request is on', () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    cachingOf({ method: 'GET', url, headers });

  it('public pages carry their tags', () => {
    expect(get('/archive?x=1')).toEqual({ kind: 'public', tags: ['gz-all', 'gz-archive'] });
    expect(get('/api/v1/releases')).toMatchObject({ kind: 'public' });
  });

  it('staff pages, sign-in, the staff API, credentials, session cookies and writes are private', () => {
    for (const url of ['/meetings/3', '/login', '/admin/cache', '/api/v1/meetings', '/api/auth/session']) {
      expect(get(url), url).toEqual({ kind: 'private' });
    }
    expect(get('/', { authorization: 'Bearer x' })).toEqual({ kind: 'private' });
    expect(get('/', { cookie: 'theme=dark; authjs.session-token=abc' })).toEqual({ kind: 'private' });
    expect(get('/', { cookie: '__Secure-authjs.session-token.0=abc' })).toEqual({ kind: 'private' });
    expect(get('/', { cookie: 'theme=dark' })).toMatchObject({ kind: 'public' });
    expect(cachingOf({ method: 'POST', url: '/', headers: {} })).toEqual({ kind: 'private' });
  });

  it('the shared-cache lifetime is a bounded setting', () => {
    expect(cacheSettings({})).toEqual({ fallbackSeconds: 86_400, staleIfErrorSeconds: 86_400 });
    expect(cacheSettings({ CACHE_FALLBACK_SECONDS: '3600' }).fallbackSeconds).toBe(3600);
    expect(() => cacheSettings({ CACHE_FALLBACK_SECONDS: '31536000' })).toThrow(/CACHE_FALLBACK_SECONDS/);
    expect(() => cacheSettings({ CACHE_STALE_IF_ERROR_SECONDS: 'soon' })).toThrow(/CACHE_STALE_IF_ERROR/);
  });
});

describe('the headers an answer leaves with', () => {
  it('a public answer: surrogate lifetime, tags, a bounded s-maxage and a validator that answers 304', async () => {
    const handler: RequestListener = (_request, response) => {
      response.setHeader('Cache-Control', 's-maxage=31536000');
      response.write('<feed>');
      response.end('</feed>');
    };
    const first = await served(handler);
    expect(first.body).toBe('<feed></feed>');
    expect(first.headers.get('surrogate-control')).toBe('max-age=600, stale-if-error=3600');
    expect(first.headers.get('cdn-cache-control')).toBe('max-age=600, stale-if-error=3600');
    expect(first.headers.get('surrogate-key')).toBe('gz-all gz-feeds');
    expect(first.headers.get('cache-control')).toBe('s-maxage=600');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await served(handler, '/feed.xml', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('a 5xx is never kept', async () => {
    const failed = await served((_request, response) => {
      response.statusCode = 500;
      response.end('down');
    });
    expect(failed.headers.get('surrogate-control')).toBe('no-store');
    expect(failed.headers.get('surrogate-key')).toBeNull();
  });

  it('a stale page Next is rendering again is not kept either', async () => {
    const stale = await served((_request, response) => {
      response.setHeader('x-nextjs-cache', 'STALE');
      response.end('<html>old</html>');
    }, '/');
    expect(stale.headers.get('surrogate-control')).toBe('no-store');
  });

  it('a signed-in request: private, no-store, whatever the page said', async () => {
    const answer = await served(
      (_request, response) => {
        response.setHeader('Cache-Control', 's-maxage=31536000');
        response.end('<html>');
      },
      '/',
      { cookie: 'authjs.session-token=abc' },
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('surrogate-key')).toBeNull();
    expect(answer.headers.get('etag')).toBeNull();
  });
});
