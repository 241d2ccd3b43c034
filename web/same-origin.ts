/**
 * Whether a state-changing request comes from this site. Browsers send Origin on POST; a request
 * naming another origin is refused (session cookies are SameSite=Lax as well, so this is a second wall).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
