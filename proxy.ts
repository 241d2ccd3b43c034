import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Sends visitors without a session cookie from workspace pages to sign in, keeping where they were going.
 * A convenience only: it does not verify the cookie. Every page, action and data function checks the
 * session (signature, expiry, the user's current state) again on its own.
 */
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.nextUrl.origin);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/meetings/:path*', '/review/:path*', '/admin/:path*', '/account/:path*'],
};
