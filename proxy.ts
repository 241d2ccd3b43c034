import { NextResponse, type NextRequest } from 'next/server';
import { isWithdrawnRelease } from '@/data/public-releases';
import { releaseIdOfPath } from '@/domain/release-address';
import { isWithdrawnIssued } from '@/data/public-documents';
import { documentIdOfPath, isPublicDocumentPath } from '@/domain/document-address';
import { ACTION_BODY_LIMIT_BYTES } from '@/web/action-limits';
import { env } from '@/config/env';
import { isSameOrigin } from '@/web/same-origin';
import { WORKSPACE_SECTIONS } from '@/domain/workspace-paths';

import { SESSION_COOKIES } from '@/domain/staff-paths.mjs';
const WORKSPACE = new RegExp(`^/(${WORKSPACE_SECTIONS.join('|')})(/|$)`);
const STAFF = new RegExp(`^/(login|${WORKSPACE_SECTIONS.join('|')})(/|$)`);
const KEPT_HEADERS = [
  'content-type',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
];

/**
 * Early answers, none of them the only check:
 * - a POST (a server action) from another origin, or naming none, is refused; so is a server action call
 *   that is not a form (400) or is larger than any form here (413);
 * - public addresses get their language: "/x" is served by /en/x, "/zh/x" by itself;
 * - a withdrawn release answers 410 with a short notice in the site's frame;
 * - a workspace page without a session cookie redirects to sign in, keeping where the visitor was going.
 *   The cookie is not verified here: every page, action and data function checks the session on its own.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  // Server actions are POSTs to pages. Next refuses a foreign Origin itself; refusing a missing one too
  // leaves no way to drive an action from another site, even through a browser that omits the header.
  if (request.method === 'POST' && !isSameOrigin(request)) {
    return NextResponse.json({ error: 'cross-site request refused' }, { status: 403 });
  }
  const refusedCall = request.method === 'POST' ? refusedActionCall(request) : null;
  if (refusedCall) return refusedCall;

  // An issued document's public page, "/documents/YYYY/ID-SLUG", shares its first segment with the
  // workspace's "/documents/ID": it is public.
  if (STAFF.test(pathname) && !isPublicDocumentPath(pathname)) {
    if (WORKSPACE.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const login = new URL('/login', request.nextUrl.origin);
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
    return NextResponse.next();
  }

  const prefix = /^\/(en|zh)(?=\/|$)/.exec(pathname)?.[1] as 'en' | 'zh' | undefined;
  const rest = prefix ? pathname.slice(3) || '/' : pathname;

  const releaseId = releaseIdOfPath(rest);
  if (releaseId !== null && isWithdrawnRelease(releaseId)) return withdrawnNotice(prefix ?? 'en');
  const issuedId = documentIdOfPath(rest);
  if (issuedId !== null && isWithdrawnIssued(issuedId)) return withdrawnNotice(prefix ?? 'en');

  // "/en/x" is where "/x" is served from (this function also sees the rewritten request). Pages name
  // their unprefixed address as canonical, so "/en/x" is never indexed twice.
  if (prefix) return NextResponse.next();
  return NextResponse.rewrite(new URL(`/en${pathname === '/' ? '' : pathname}${search}`, request.url));
}

/**
 * Every server action here takes a form, which React posts as multipart/form-data; anything else (plain
 * arguments, text/plain) would only reach an action that expects a FormData. Next would answer a body over
 * its limit with a 500, so an oversized one is refused here first, by its declared length.
 */
function refusedActionCall(request: NextRequest): NextResponse | null {
  if (!request.headers.has('next-action')) return null;
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return NextResponse.json(
      { error: 'a server action takes a form (multipart/form-data)' },
      { status: 400 },
    );
  }
  if (Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return NextResponse.json({ error: 'the request is larger than any form here accepts' }, { status: 413 });
  }
  return null;
}

/**
 * The notice page, rendered by the app in the site's frame, answered with status 410. A rewrite cannot
 * change the status, so the notice is fetched from this same server over loopback (withdrawals are rare).
 */
async function withdrawnNotice(lang: 'en' | 'zh'): Promise<Response> {
  // The language's own address (/en/gone, not /gone): a request this function would only rewrite again.
  const notice = await fetch(`http://localhost:${env().port}/${lang}/gone`, {
    cache: 'no-store',
  });
  // Only these headers are carried over: the page's own response also holds Next's internal routing
  // headers (a rewrite among them), which would turn this answer back into a rewrite.
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const name of KEPT_HEADERS) {
    const value = notice.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new NextResponse(await notice.text(), { status: 410, headers });
}

export const config = {
  // Everything but Next's own files, the API, and the site's machine-readable files. The API's routes
  // guard themselves: the workspace's session routes check the Origin as the POST rule above does, while
  // /api/v1's writes authenticate by a bearer token alone, which a browser never attaches on its own, so
  // no other site can forge them (they read no cookie); widening this matcher to /api must keep that so.
  // Attached files (/files/…) answer for themselves, 404 and 410 included, in no language of the site.
  matcher: ['/((?!_next/|api/|files/|favicon.ico|robots.txt|sitemap.xml|sitemaps/|feed.xml|rss.xml).*)'],
};
