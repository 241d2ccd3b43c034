import 'server-only';
import { Feed } from 'feed';
import { listFeedReleases } from '@/data/public-archive';
import { untilPublicChange } from '@/data/public-cache';
import { getSiteSettings } from '@/data/site-settings';
import { permanentReleasePath, releasePath } from '@/domain/release-address';
import { translator } from '@/messages';
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
 * The latest published releases as an Atom or RSS 2.0 document (English: the releases' language). The
 * feeds are the site's most polled addresses: each is written again only after a change (see
 * data/public-cache.ts), per format and origin.
 */
export async function releaseFeed(format: FeedFormat): Promise<Response> {
  const origin = await siteOrigin();
  const body = await untilPublicChange(`${format}:${origin}`, async () => feedDocument(format, origin));
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[format] } });
}

function feedDocument(format: FeedFormat, origin: string): string {
  const settings = getSiteSettings();
  const releases = listFeedReleases(FEED_SIZE);
  const feed = new Feed({
    id: `${origin}/`,
    title: settings.sectionName,
    description: translator('en')('app.tagline'),
    link: `${origin}/`,
    language: 'en',
    updated: releases.reduce<Date | undefined>(
      (latest, r) => (latest && latest > r.lastPublishedAt ? latest : r.lastPublishedAt),
      undefined,
    ),
    feedLinks: { atom: `${origin}/feed.xml`, rss: `${origin}/rss.xml` },
    author: { name: settings.hostedBy || settings.sectionName },
    generator: 'Gazette',
  });
  for (const r of releases) {
    feed.addItem({
      // RSS titles are plain text; Atom's are declared HTML by the library.
      title: format === 'atom' ? escapeHtml(r.headline) : r.headline,
      id: `${origin}${permanentReleasePath(r)}`,
      link: `${origin}${releasePath(r)}`,
      date: r.lastPublishedAt,
      published: r.firstPublishedAt,
      description: escapeHtml(r.summary),
    });
  }
  return format === 'atom' ? feed.atom1() : feed.rss2();
}
