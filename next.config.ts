import type { NextConfig } from 'next';
import { ACTION_BODY_LIMIT_BYTES } from './web/action-limits';

// A static policy, so cached public pages can carry it (a per-request nonce would force dynamic rendering).
// Next's bootstrap is inline, hence 'unsafe-inline' for scripts; content safety rests on rendering Markdown
// without raw HTML, not on this header alone.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // A separate build directory lets several builds (and the servers started from them) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native modules stay outside the bundle; Next loads them from node_modules at run time. So do the PDF
  // library and its font engine, which read their own data files beside their code.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'pdfkit', 'fontkit'],
  poweredByHeader: false,
  // The page cache lives in each server's memory only: instances side by side (tests, benchmarks, several
  // databases) never share or persist one another's pages.
  // Server actions take up to a full release upload (20 files of 200 KB) or one attached file (10 MB);
  // Next's default is 1 MB.
  experimental: { isrFlushToDisk: false, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES } },
  async headers() {
    // Attached files carry their own sandboxing policy (web/file-response.ts); the pages' one would let a
    // file's scripts run. A later rule's header replaces an earlier one's.
    const filePolicy = [{ key: 'Content-Security-Policy', value: "default-src 'none'; sandbox" }];
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/files/:path*', headers: filePolicy },
      { source: '/api/documents/:id/attachments/:path*', headers: filePolicy },
    ];
  },
};

export default nextConfig;
