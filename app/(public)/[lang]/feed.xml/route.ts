import { isLocale } from '@/messages';
import { releaseFeed } from '@/web/release-feed';

// Read on every request (never at build time, when there is no database); written again only after a
// change (web/release-feed.ts).
export const dynamic = 'force-dynamic';

/** An edition's latest releases as Atom: /zh/feed.xml (and /en/feed.xml, the same as /feed.xml). */
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/feed.xml'>) {
  const { lang } = await params;
  return isLocale(lang) ? releaseFeed(lang, 'atom') : new Response('Not found', { status: 404 });
}
