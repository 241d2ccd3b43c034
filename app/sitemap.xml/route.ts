import { countPublishedReleases } from '@/data/public-archive';
import {
  PAGES_SITEMAP,
  RELEASES_PER_SITEMAP,
  releasesSitemapName,
  sitemapIndexResponse,
} from '@/web/sitemap';
import { siteOrigin } from '@/web/site-origin';

// Read on every request (never at build time, when there is no database). It names only the files; one
// count decides how many files of releases there are.
export const dynamic = 'force-dynamic';

/** The sitemap index: the file of pages, then one file per 20,000 releases. */
export async function GET(): Promise<Response> {
  const origin = await siteOrigin();
  const releaseFiles = Math.ceil(countPublishedReleases() / RELEASES_PER_SITEMAP);
  return sitemapIndexResponse([
    { url: `${origin}/sitemaps/${PAGES_SITEMAP}` },
    ...Array.from({ length: releaseFiles }, (_, i) => ({
      url: `${origin}/sitemaps/${releasesSitemapName(i + 1)}`,
    })),
  ]);
}
