import { NextResponse, type NextRequest } from 'next/server';
import { isWithdrawnRelease } from '@/data/public-releases';
import { env } from '@/lib/env';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const WORKSPACE = /^\/(meetings|review|admin|account|notifications)(\/|$)/;
const RELEASE = /^\/releases\/\d{4}\/(\d+)(?:-[^/]*)?$/;

/**
 * Two early answers, neither of them a security boundary:
 * - a withdrawn release answers 410 with a short notice in the site's frame;
 * - a workspace page without a session cookie redirects to sign in, keeping where the visitor was going.
 *   The cookie is not verified here: every page, action and data function checks the session on its own.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const release = RELEASE.exec(pathname);
  if (release) {
    return isWithdrawnRelease(Number(release[1])) ? withdrawnNotice() : NextResponse.next();
  }
  if (WORKSPACE.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

/**
 * The notice page, rendered by the app in the site's frame, answered with status 410. A rewrite cannot
 * change the status, so the notice is fetched from this same server over loopback (withdrawals are rare).
 */
async function withdrawnNotice(): Promise<Response> {
  const notice = await fetch(`http://127.0.0.1:${env().port}/gone`, { cache: 'no-store' });
  const headers = new Headers(notice.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  headers.set('cache-control', 'no-store');
  return new NextResponse(await notice.text(), { status: 410, headers });
}

export const config = {
  matcher: [
    '/releases/:path*',
    '/meetings/:path*',
    '/review/:path*',
    '/admin/:path*',
    '/account/:path*',
    '/notifications/:path*',
  ],
};
