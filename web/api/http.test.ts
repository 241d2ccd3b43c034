import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cacheableJson, etagOf } from './http';

const schema = z.object({ n: z.number() });
const changed = new Date('2024-02-23T10:00:00.250Z');
const get = (headers: Record<string, string> = {}) =>
  cacheableJson(new Request('http://x/api/v1/releases', { headers }), schema, { n: 1 }, changed);

describe('conditional answers', () => {
  const etag = etagOf(JSON.stringify({ n: 1 }));

  it('sends the validators, the cache policy and CORS with a full answer', async () => {
    const response = get();
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(etag);
    expect(response.headers.get('last-modified')).toBe('Fri, 23 Feb 2024 10:00:00 GMT');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ n: 1 });
  });

  it('answers 304 to a matching tag, in a list, weak or not, and to *', () => {
    for (const header of [etag, `"a", ${etag}`, `W/${etag}`, '*']) {
      expect(get({ 'If-None-Match': header }).status, header).toBe(304);
    }
    expect(get({ 'If-None-Match': '"another"' }).status).toBe(200);
  });

  it('compares If-Modified-Since to the second, and only without If-None-Match', () => {
    expect(get({ 'If-Modified-Since': 'Fri, 23 Feb 2024 10:00:00 GMT' }).status).toBe(304);
    expect(get({ 'If-Modified-Since': 'Fri, 23 Feb 2024 09:59:59 GMT' }).status).toBe(200);
    expect(get({ 'If-Modified-Since': 'not a date' }).status).toBe(200);
    expect(
      get({ 'If-None-Match': '"another"', 'If-Modified-Since': 'Fri, 23 Feb 2024 10:00:00 GMT' }).status,
    ).toBe(200);
  });

  it('refuses to send an answer its schema does not allow', () => {
    expect(() =>
      cacheableJson(new Request('http://x/'), schema, { n: 'one' } as unknown as { n: number }, null),
    ).toThrow();
  });
});
