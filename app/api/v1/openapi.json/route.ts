import { cacheableJson, preflight } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';
import { siteOrigin } from '@/lib/site-origin';
import { z } from 'zod';

const anyDocument = z.record(z.string(), z.unknown());

/** The OpenAPI 3.1 description of this API. */
export async function GET(request: Request) {
  return cacheableJson(request, anyDocument, openApiDocument(await siteOrigin()), null);
}

export const OPTIONS = preflight;
