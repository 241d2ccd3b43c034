import 'server-only';
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, type IndexItem } from 'sitemap';
import type { SitemapRelease } from '@/data/public-archive';
import { releasePath } from '@/domain/release-address';
import { htmlLang, localePath, PUBLIC_LOCALES } from '@/web/public-locale';
import { textStream } from '@/web/text-stream';

// The sitemap protocol allows 50,000 addresses in one file. A file of releases names at most 20,000 of
// them, and /sitemap.xml is an index of the files: one for the home page and the archive (each in every
// language), then the releases, oldest first. A release is named once, at its own language's address,
// with its counterpart in the other language (when published) as its alternate; the other edition's page
// of it only redirects to that counterpart or, without one, names this address as canonical.
export const RELEASES_PER_SITEMAP = 20_000;

export const PAGES_SITEMAP = 'pages.xml';
export const releasesSitemapName = (n: number) => `releases-${n}.xml`;

/** Which file of the index a name is: the pages, the n-th file of releases (from 1), or none. */
export function sitemapFileOf(name: string): { pages: true } | { releases: number } | null {
  if (name === PAGES_SITEMAP) return { pages: true };
  const n = /^releases-([1-9]\d{0,5})\.xml$/.exec(name)?.[1];
  return n ? { releases: Number(n) } : null;
}

/** One page of the public site in every language, each address naming the others as alternates. */
export type SitemapPage = { path: string; lastModified?: Date };

/** One address of the sitemap: its path (with its language's prefix) and its alternates by hreflang. */
type SitemapEntry = { path: string; lastModified?: Date; alternates: { lang: string; path: string }[] };

const XML = { 'content-type': 'application/xml; charset=utf-8' };

/** A sitemap of these pages in every language, streamed as it is written. */
export function sitemapResponse(origin: string, pages: Iterable<SitemapPage>): Response {
  return entriesResponse(origin, inEveryLanguage(pages));
}

/** A sitemap of these releases, each at its own language's address (a file may name 20,000). */
export function releasesSitemapResponse(origin: string, releases: Iterable<SitemapRelease>): Response {
  return entriesResponse(origin, releaseEntries(releases));
}

function entriesResponse(origin: string, entries: Iterable<SitemapEntry>): Response {
  const stream = new SitemapStream({
    hostname: origin,
    xmlns: { xhtml: true, news: false, image: false, video: false },
  });
  Readable.from(written(origin, entries)).pipe(stream);
  return xmlResponse(stream);
}

/** The sitemap index naming these files. */
export function sitemapIndexResponse(items: IndexItem[]): Response {
  const stream = new SitemapIndexStream();
  Readable.from(items).pipe(stream);
  return xmlResponse(stream);
}

const xmlResponse = (stream: Readable) => new Response(textStream(stream), { headers: XML });

function* inEveryLanguage(pages: Iterable<SitemapPage>): Iterable<SitemapEntry> {
  for (const { path, lastModified } of pages) {
    const alternates = PUBLIC_LOCALES.map((l) => ({ lang: htmlLang[l], path: localePath(l, path) }));
    for (const alternate of alternates) yield { path: alternate.path, lastModified, alternates };
  }
}

function* releaseEntries(releases: Iterable<SitemapRelease>): Iterable<SitemapEntry> {
  for (const release of releases) {
    const own = {
      lang: htmlLang[release.language],
      path: localePath(release.language, releasePath(release)),
    };
    const other = release.counterpart && {
      lang: htmlLang[release.counterpart.language],
      path: localePath(release.counterpart.language, releasePath(release.counterpart)),
    };
    // A release without a counterpart has no alternate to name (one link to itself says nothing).
    yield { path: own.path, lastModified: release.lastPublishedAt, alternates: other ? [own, other] : [] };
  }
}

function* written(origin: string, entries: Iterable<SitemapEntry>) {
  for (const { path, lastModified, alternates } of entries) {
    yield {
      url: `${origin}${path}`,
      lastmod: lastModified?.toISOString(),
      links: alternates.map((a) => ({ lang: a.lang, url: `${origin}${a.path}` })),
    };
  }
}
