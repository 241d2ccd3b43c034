import { isLocale } from '@/messages';
import { releaseFeed } from '@/web/release-feed';

// Read on every request (never at build time, when there is no database); written again only after a
// change (web/release-feed.ts).
export const dynamic = 'force-dynamic';

/** An edition's latest releases as RSS 2.0: /zh/rss.xml (and /en/rss.xml, the same as /rss.xml). */
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/rss.xml'>) {
  const { lang } = await params;
  return isLocale(lang) ? releaseFeed(lang, 'rss') : new Response('Not found', { status: 404 });
}
