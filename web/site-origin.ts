import { headers } from 'next/headers';
import { env } from '@/config/env';

/**
 * The origin of the site's absolute URLs in feeds, the sitemap, robots.txt and the API: SITE_ORIGIN when
 * it is set (the same origin the pages' canonical addresses use), else the origin the visitor addressed
 * ("https://example.gov.cn"), a trusted reverse proxy's X-Forwarded-Host/-Proto winning over Host (the
 * server drops these headers unless TRUST_PROXY says a proxy wrote them: web/forwarding.mjs). The request's
 * headers are read either way, which keeps these routes dynamic: never rendered at build time, nor
 * cached with one visitor's Host in them.
 */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  const configured = env().siteOrigin;
  if (configured) return configured;
  const first = (name: string) => h.get(name)?.split(',')[0]?.trim() || undefined;
  const host = first('x-forwarded-host') ?? first('host');
  const forwardedProto = first('x-forwarded-proto');
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : 'http';
  if (host && /^[A-Za-z0-9.\-:[\]]+$/.test(host)) {
    try {
      return new URL(`${proto}://${host}`).origin;
    } catch {
      // Not a host name after all: fall through.
    }
  }
  return 'http://localhost';
}
