import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, parseTrustProxy, resolveForwarding } from './forwarding.mjs';

const resolved = (headers: Record<string, string>, socket: string, hops: number) => {
  const copy: Record<string, string | string[] | undefined> = { ...headers };
  const { https } = resolveForwarding(copy, socket, hops);
  return { https, client: copy[CLIENT_ADDRESS_HEADER], headers: copy };
};

describe('the client address and forwarded headers, before Next sees a request', () => {
  it('without a trusted proxy, takes the socket address and drops every forwarded header a client sent', () => {
    const { client, https, headers } = resolved(
      {
        host: 'gazette.example',
        'x-forwarded-for': '198.51.100.1',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
        forwarded: 'for=198.51.100.1;host=evil.example',
        [CLIENT_ADDRESS_HEADER]: '198.51.100.2',
      },
      '10.0.0.5',
      0,
    );
    expect(client).toBe('10.0.0.5');
    expect(https).toBe(false);
    expect(headers).toEqual({ host: 'gazette.example', [CLIENT_ADDRESS_HEADER]: '10.0.0.5' });
  });

  it('behind trusted proxies, takes the address that many hops from the right, whatever the client wrote first', () => {
    const forged = { 'x-forwarded-for': '192.0.2.66, 203.0.113.9' };
    expect(resolved(forged, '10.0.0.1', 1).client).toBe('203.0.113.9');
    expect(resolved({ 'x-forwarded-for': '192.0.2.66, 203.0.113.9, 10.0.0.2' }, '10.0.0.1', 2).client).toBe(
      '203.0.113.9',
    );
    // Fewer addresses than trusted hops: the farthest one there is.
    expect(resolved({}, '10.0.0.1', 1).client).toBe('10.0.0.1');
    expect(resolved({ [CLIENT_ADDRESS_HEADER]: '192.0.2.66' }, '10.0.0.1', 1).client).toBe('10.0.0.1');
  });

  it('behind a trusted proxy, keeps its forwarded host and protocol and knows when the visitor used https', () => {
    const { https, headers } = resolved(
      {
        'x-forwarded-host': 'gazette.example',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.9',
      },
      '10.0.0.1',
      1,
    );
    expect(https).toBe(true);
    expect(headers['x-forwarded-host']).toBe('gazette.example');
    expect(resolved({ 'x-forwarded-proto': 'http' }, '10.0.0.1', 1).https).toBe(false);
  });

  it('reads TRUST_PROXY as a small whole number of hops, unset meaning none', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('2')).toBe(2);
    for (const bad of ['true', '-1', '1.5', '11', 'loopback'])
      expect(() => parseTrustProxy(bad)).toThrow(/TRUST_PROXY/);
  });
});
