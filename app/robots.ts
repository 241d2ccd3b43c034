import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/site-origin';

// Names the sitemap by the origin the crawler asked for, so it is built per request.
export const dynamic = 'force-dynamic';

/** The public pages are open to crawlers; the staff workspace, sign-in and the API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      // The workspace's top-level paths (as proxy.ts lists them), sign-in and the API.
      disallow: [
        '/meetings',
        '/review',
        '/documents',
        '/tasks',
        '/admin',
        '/account',
        '/notifications',
        '/login',
        '/api',
      ],
    },
    sitemap: `${origin}/sitemap.xml`,
  };
}
