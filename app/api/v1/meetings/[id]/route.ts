import { getOpenMeeting } from '@/data/open-data';
import { apiErrorResponse, cacheableJson, issuesOf, preflight } from '@/web/api/http';
import { meetingJson } from '@/web/api/present';
import { meeting, meetingQuery, pathId } from '@/web/api/schemas';
import { siteOrigin } from '@/web/site-origin';

/** The public parts of a meeting whose press release is published; 404 for every other meeting. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = pathId.safeParse((await params).id);
  const query = meetingQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return apiErrorResponse(400, 'invalid_parameters', 'The query parameters are not valid.', {
      issues: issuesOf(query.error),
      cors: true,
    });
  }
  const found = id.success ? getOpenMeeting(id.data, query.data.language) : null;
  if (!found) {
    return apiErrorResponse(404, 'not_found', 'No meeting with a published release has this id.', {
      cors: true,
    });
  }
  return cacheableJson(request, meeting, meetingJson(found, await siteOrigin()), found.lastModified);
}

export const OPTIONS = preflight;
