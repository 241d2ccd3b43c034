import { getSiteEmblem } from '@/data/site-settings';
import { PLACEHOLDER_EMBLEM } from '@/web/placeholder-emblem';

// Read on every request: the emblem is changed in the site settings, and its address carries a version.
export const dynamic = 'force-dynamic';

/**
 * The masthead's emblem: the one an admin uploaded, else the site's placeholder. An uploaded SVG is served
 * as a sandboxed document with no scripts, styles from elsewhere or requests of its own (opened directly,
 * it can do nothing), and nosniff keeps a browser from reading any of it as another type.
 */
export function GET() {
  const emblem = getSiteEmblem();
  const headers = {
    'Content-Type': emblem?.type ?? 'image/svg+xml',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    // A new upload gets a new address (?v=…); the placeholder's may change with a deployment.
    'Cache-Control': emblem ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
  };
  return new Response(emblem ? new Uint8Array(emblem.bytes) : PLACEHOLDER_EMBLEM, { headers });
}
