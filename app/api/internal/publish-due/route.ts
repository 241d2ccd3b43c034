import { NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { expireIssuedDocuments } from '@/data/issued-documents';
import { revalidateAfter } from '@/data/revalidate-after';
import { sendFollowUpReminders } from '@/data/follow-up-reminders';
import { publishDueDocuments } from '@/data/scheduler';
import { isTickerRequest } from '@/config/ticker-token';

/** Called by this server's own ticker over loopback; anyone else is refused. */
export async function POST(request: Request) {
  if (!isTickerRequest(request.headers.get('x-gazette-ticker'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const { published, refused } = publishDueDocuments(new Date());
  for (const change of published) revalidateAfter(change);
  // Issued documents whose last day in force has passed say so from today on.
  const expired = expireIssuedDocuments(new Date());
  if (expired.length > 0) revalidatePath('/', 'layout');
  // The same tick reminds units of follow-up items falling due (each reminder once).
  const reminders = sendFollowUpReminders(new Date());
  return NextResponse.json({
    published: published.map((change) => change.documentId),
    refused,
    expired: expired.map((e) => e.documentId),
    reminders: reminders.sent,
  });
}
