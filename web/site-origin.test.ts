import { beforeEach, describe, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => ({ headers: new Headers(), siteOrigin: undefined as string | undefined }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));
vi.mock('@/config/env', () => ({ env: () => ({ siteOrigin: request.siteOrigin }) }));

const { siteOrigin } = await import('./site-origin');

beforeEach(() => {
  request.headers = new Headers({ host: 'gazette.internal:3000' });
  request.siteOrigin = undefined;
});

describe('siteOrigin', () => {
  it('is SITE_ORIGIN when it is set, whatever host the request names', async () => {
    request.siteOrigin = 'https://gov.example';
    request.headers.set('x-forwarded-host', 'evil.example');
    expect(await siteOrigin()).toBe('https://gov.example');
  });

  it('else follows the proxy’s forwarded host and protocol, then Host', async () => {
    expect(await siteOrigin()).toBe('http://gazette.internal:3000');
    request.headers.set('x-forwarded-host', 'gov.example, inner.example');
    request.headers.set('x-forwarded-proto', 'https');
    expect(await siteOrigin()).toBe('https://gov.example');
  });

  it('refuses a host that is not one', async () => {
    request.headers = new Headers({ host: 'a b<script>' });
    expect(await siteOrigin()).toBe('http://localhost');
  });
});
