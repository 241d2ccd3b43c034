import { untilNextAuditedChange } from '@/data/public-cache';
import { releaseFeed } from '@/lib/release-feed';
import { siteOrigin } from '@/lib/site-origin';

// Read on every request (never at build time, when there is no database), but rendered again only after
// a change (see data/public-cache.ts): the feed is the most polled address of the site.
export const dynamic = 'force-dynamic';

/** The latest releases as RSS 2.0. */
export async function GET(): Promise<Response> {
  const origin = await siteOrigin();
  const { body, type } = await untilNextAuditedChange(`rss:${origin}`, async () => {
    const response = await releaseFeed('rss');
    return { body: await response.text(), type: response.headers.get('content-type') ?? 'application/xml' };
  });
  return new Response(body, { headers: { 'content-type': type } });
}
