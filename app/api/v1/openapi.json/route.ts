import { cacheableJson, preflight } from '@/web/api/http';
import { openApiDocument } from '@/web/api/openapi';
import { siteOrigin } from '@/web/site-origin';
import { z } from 'zod';

const anyDocument = z.record(z.string(), z.unknown());

/** The OpenAPI 3.1 description of this API. */
export async function GET(request: Request) {
  return cacheableJson(request, anyDocument, openApiDocument(await siteOrigin()), null);
}

export const OPTIONS = preflight;
