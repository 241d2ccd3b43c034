import 'server-only';
import { revalidatePath } from 'next/cache';
import { changesPublicSite, type DocumentChange } from './document-change';

/**
 * Revalidates what a workflow change made stale, for every entry point (server actions, API routes, the
 * scheduler's loopback route): the meeting's workspace pages and the review queue always, and every page
 * under the root layout (home, releases, archive, the workspace too) when the public site changed.
 * Feeds, the sitemap and the open-data API render per request from the public cache
 * (data/public-cache.ts), which follows the transitions table by itself: nothing to revalidate there.
 * Must run inside a request: Next drops revalidation from a bare timer.
 */
export function revalidateAfter(change: DocumentChange): void {
  revalidatePath(`/meetings/${change.meetingId}`, 'layout');
  revalidatePath('/review');
  if (changesPublicSite(change)) revalidatePath('/', 'layout');
}
