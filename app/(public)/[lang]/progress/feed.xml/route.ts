import { isLocale } from '@/messages';
import { progressFeed } from '@/web/progress-feed';

// Read on every request (never at build time, when there is no database).
export const dynamic = 'force-dynamic';

/** An edition's latest progress of disclosed follow-up items as Atom: /progress/feed.xml, /zh/progress/feed.xml. */
export async function GET(_request: Request, { params }: RouteContext<'/[lang]/progress/feed.xml'>) {
  const { lang } = await params;
  return isLocale(lang) ? progressFeed(lang) : new Response('Not found', { status: 404 });
}
