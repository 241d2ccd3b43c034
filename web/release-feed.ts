import 'server-only';
import { Feed } from 'feed';
import { listFeedReleases } from '@/data/public-archive';
import { untilPublicChange } from '@/data/public-cache';
import { getSiteSettings, siteIdentity } from '@/data/site-settings';
import { listedMeetingLine } from '@/domain/listed-meeting';
import { permanentReleasePath, releasePath } from '@/domain/release-address';
import { translator, type Locale } from '@/messages';
import { feedPath, htmlLang, localePath } from './public-locale';
import { siteOrigin } from './site-origin';

const FEED_SIZE = 20;

const CONTENT_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
} as const;

/** Text as HTML: the Atom title and summary are declared type="html", as is the RSS description. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type FeedFormat = keyof typeof CONTENT_TYPES;

/**
 * The latest published releases of one edition of the site as an Atom or RSS 2.0 document, named and
 * described in its language (the Chinese feed carries the Chinese site name and values only). The feeds
 * are the site's most polled addresses: each is written again only after a change (see
 * data/public-cache.ts), per edition, format and origin.
 */
export async function releaseFeed(edition: Locale, format: FeedFormat): Promise<Response> {
  const origin = await siteOrigin();
  const body = await untilPublicChange(`${edition}:${format}:${origin}`, async () =>
    feedDocument(edition, format, origin),
  );
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[format] } });
}

function feedDocument(edition: Locale, format: FeedFormat, origin: string): string {
  const identity = siteIdentity(getSiteSettings(), edition);
  const releases = listFeedReleases(edition, FEED_SIZE);
  const home = `${origin}${localePath(edition, '/')}`;
  const feed = new Feed({
    // The English feed keeps the id it always had (the site's root), so subscribers see no new feed.
    id: edition === 'en' ? `${origin}/` : home,
    title: identity.sectionName,
    description: translator(edition)('app.tagline'),
    link: home,
    language: htmlLang[edition],
    updated: releases.reduce<Date | undefined>(
      (latest, r) => (latest && latest > r.lastPublishedAt ? latest : r.lastPublishedAt),
      undefined,
    ),
    feedLinks: { atom: `${origin}${feedPath(edition)}`, rss: `${origin}${feedPath(edition, 'rss')}` },
    author: { name: identity.hostedBy || identity.sectionName },
    generator: 'Gazette',
  });
  for (const r of releases) {
    feed.addItem({
      // RSS titles are plain text; Atom's are declared HTML by the library.
      title: format === 'atom' ? escapeHtml(r.headline) : r.headline,
      // A release's id and link are its own language's addresses, whichever edition lists it.
      id: `${origin}${localePath(r.language, permanentReleasePath(r))}`,
      link: `${origin}${localePath(r.language, releasePath(r))}`,
      date: r.lastPublishedAt,
      published: r.firstPublishedAt,
      // Feed readers list entries by title, and one chair's headlines read alike: the summary opens with
      // the meeting (session and day, in the release's language) that tells them apart.
      description: escapeHtml(
        r.meeting ? `${listedMeetingLine(r.meeting, r.language)} — ${r.summary}` : r.summary,
      ),
    });
  }
  return format === 'atom' ? feed.atom1() : feed.rss2();
}
