import { getOpenRelease } from '@/data/open-data';
import { apiErrorResponse, cacheableJson, preflight } from '@/web/api/http';
import { releaseJson } from '@/web/api/present';
import { pathId, release } from '@/web/api/schemas';
import { siteOrigin } from '@/web/site-origin';

/** One published release; 410 once withdrawn, 404 if it was never published. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = pathId.safeParse((await params).id);
  const found = id.success ? getOpenRelease(id.data) : { status: 'missing' as const };
  if (found.status === 'withdrawn') {
    return apiErrorResponse(410, 'gone', 'This release was withdrawn.', { cors: true });
  }
  if (found.status === 'missing') {
    return apiErrorResponse(404, 'not_found', 'No published release has this id.', { cors: true });
  }
  return cacheableJson(
    request,
    release,
    releaseJson(found.release, await siteOrigin()),
    found.release.lastPublishedAt,
  );
}

export const OPTIONS = preflight;
