import {
  countPublishedReleases,
  lastPublicationAt,
  listArchiveMonthCounts,
  listArchiveYears,
  listSitemapReleases,
} from '@/data/public-archive';
import { archiveMonthPath, archiveYearPath } from '@/domain/archive-paths';
import {
  RELEASES_PER_SITEMAP,
  releasesSitemapResponse,
  sitemapFileOf,
  sitemapResponse,
  type SitemapPage,
} from '@/web/sitemap';
import { siteOrigin } from '@/web/site-origin';

// Read on every request (never at build time, when there is no database). Only published releases and
// the pages that list them are named.
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404 });

/** One file of the sitemap index: the home page and the archive, or the n-th 20,000 releases. */
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const file = sitemapFileOf((await params).file);
  if (!file) return notFound();
  const origin = await siteOrigin();
  if ('pages' in file) return sitemapResponse(origin, listingPages());
  const offset = (file.releases - 1) * RELEASES_PER_SITEMAP;
  if (offset >= Math.max(countPublishedReleases(), 1)) return notFound();
  return releasesSitemapResponse(origin, listSitemapReleases({ offset, limit: RELEASES_PER_SITEMAP }));
}

/**
 * The home page, the archive, and every year and month of it that has releases. Each edition lists every
 * meeting's release (its own language's, or the other's), so both have the same years and months but for
 * a release published in a different month from its counterpart: the English archive's are named.
 */
function listingPages(): SitemapPage[] {
  const newest = lastPublicationAt();
  const years = listArchiveYears('en');
  return [
    { path: '/', lastModified: newest },
    { path: '/archive', lastModified: newest },
    ...years.map(({ year }) => ({ path: archiveYearPath(year) })),
    ...years.flatMap(({ year }) =>
      listArchiveMonthCounts('en', year).map(({ month }) => ({ path: archiveMonthPath(year, month) })),
    ),
  ];
}
