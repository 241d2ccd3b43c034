import { listOpenReleases, releasesLastChanged } from '@/data/open-data';
import { apiErrorResponse, cacheableJson, issuesOf, preflight } from '@/web/api/http';
import { releaseSummaryJson } from '@/web/api/present';
import { releaseList, releaseQuery } from '@/web/api/schemas';
import { siteOrigin } from '@/web/site-origin';

/** Published releases, newest first, a page at a time; filters: year, since. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = releaseQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    return apiErrorResponse(400, 'invalid_parameters', 'The query parameters are not valid.', {
      issues: issuesOf(parsed.error),
      cors: true,
    });
  }
  const query = parsed.data;
  const origin = await siteOrigin();
  const { rows, total } = listOpenReleases({
    page: query.page,
    pageSize: query.pageSize,
    year: query.year,
    since: query.since ? new Date(query.since) : undefined,
    language: query.language,
  });
  const totalPages = Math.ceil(total / query.pageSize);
  const pageUrl = (page: number) => {
    const params = new URLSearchParams();
    params.set('page', String(page));
    params.set('pageSize', String(query.pageSize));
    if (query.year !== undefined) params.set('year', String(query.year));
    if (query.since) params.set('since', query.since);
    if (query.language) params.set('language', query.language);
    return `${origin}/api/v1/releases?${params}`;
  };
  const last = Math.max(totalPages, 1);
  return cacheableJson(
    request,
    releaseList,
    {
      data: rows.map((r) => releaseSummaryJson(r, origin)),
      page: query.page,
      pageSize: query.pageSize,
      total,
      totalPages,
      links: {
        self: pageUrl(query.page),
        first: pageUrl(1),
        last: pageUrl(last),
        prev: query.page > 1 ? pageUrl(Math.min(query.page - 1, last)) : null,
        next: query.page < totalPages ? pageUrl(query.page + 1) : null,
      },
    },
    releasesLastChanged(),
  );
}

export const OPTIONS = preflight;
