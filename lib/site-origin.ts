import { headers } from 'next/headers';

/**
 * The origin the visitor addressed ("https://example.gov.cn"), for the absolute URLs of feeds, the
 * sitemap and robots.txt. A reverse proxy's X-Forwarded-Host/-Proto win over Host. Reading the request's
 * headers also keeps these routes dynamic: they are never rendered at build time, nor cached with one
 * visitor's Host in them.
 */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
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
