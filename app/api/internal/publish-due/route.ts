import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { publishDueDocuments } from '@/data/scheduler';
import { isTickerRequest } from '@/lib/ticker';

/** Called by this server's own ticker over loopback; anyone else is refused. */
export async function POST(request: Request) {
  if (!isTickerRequest(request.headers.get('x-gazette-ticker'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const result = publishDueDocuments(new Date());
  if (result.published.length > 0) revalidatePath('/', 'layout');
  return NextResponse.json(result);
}
