import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { isTickerRequest } from '@/config/ticker-token';

/**
 * Revalidates every page (public site and workspace) once, after a command-line import wrote releases
 * this server's cache has not seen. Only a caller holding the ticker's token (this server's own ticker,
 * or the import on the same machine reading the token the server left beside its database) is heard.
 */
export async function POST(request: Request) {
  if (!isTickerRequest(request.headers.get('x-gazette-ticker'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  revalidatePath('/', 'layout');
  return NextResponse.json({ revalidated: true });
}
