import { releaseFeed } from '@/web/release-feed';

// Read on every request (never at build time, when there is no database); written again only after a
// change (web/release-feed.ts).
export const dynamic = 'force-dynamic';

/** The latest releases as RSS 2.0. */
export function GET(): Promise<Response> {
  return releaseFeed('en', 'rss');
}
