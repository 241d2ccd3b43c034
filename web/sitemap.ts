import 'server-only';
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, type IndexItem } from 'sitemap';
import { htmlLang, localePath, PUBLIC_LOCALES } from '@/web/public-locale';
import { textStream } from '@/web/text-stream';

// The sitemap protocol allows 50,000 addresses in one file. Every release has a page in each language,
// so a file of releases names at most 20,000 of them (40,000 addresses), and /sitemap.xml is an index of
// the files: one for the home page and the archive, then the releases, oldest first.
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

const XML = { 'content-type': 'application/xml; charset=utf-8' };

/** A sitemap of these pages, streamed as it is written (a file may name 40,000 addresses). */
export function sitemapResponse(origin: string, pages: Iterable<SitemapPage>): Response {
  const stream = new SitemapStream({
    hostname: origin,
    xmlns: { xhtml: true, news: false, image: false, video: false },
  });
  Readable.from(inEveryLanguage(origin, pages)).pipe(stream);
  return xmlResponse(stream);
}

/** The sitemap index naming these files. */
export function sitemapIndexResponse(items: IndexItem[]): Response {
  const stream = new SitemapIndexStream();
  Readable.from(items).pipe(stream);
  return xmlResponse(stream);
}

const xmlResponse = (stream: Readable) => new Response(textStream(stream), { headers: XML });

function* inEveryLanguage(origin: string, pages: Iterable<SitemapPage>) {
  for (const { path, lastModified } of pages) {
    const links = PUBLIC_LOCALES.map((l) => ({ lang: htmlLang[l], url: `${origin}${localePath(l, path)}` }));
    for (const { url } of links) yield { url, lastmod: lastModified?.toISOString(), links };
  }
}
