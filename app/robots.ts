import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/web/site-origin';
import { WORKSPACE_SECTIONS } from '@/domain/workspace-paths';

// Names the sitemap by the origin the crawler asked for, so it is built per request.
export const dynamic = 'force-dynamic';

/** The public pages are open to crawlers; the staff workspace, sign-in and the API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: {
      userAgent: '*',
      // Issued documents' public pages ("/documents/YYYY/ID-SLUG") lie under the workspace's "/documents":
      // the longer rule wins for crawlers.
      allow: ['/', '/documents/*/*-'],
      // The workspace's top-level paths, sign-in and the API.
      disallow: [...WORKSPACE_SECTIONS.map((section) => `/${section}`), '/login', '/api'],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
