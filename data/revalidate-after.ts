import 'server-only';
import { and, eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { schema, type Tx } from '@/db';
import { tagsAfterMeetingPagesChange, tagsAfterReleaseChange } from '@/domain/cache-tags.mjs';
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

/**
 * What the same change makes stale in a shared cache in front of the site (its tags, domain/cache-tags.mjs),
 * read inside the change's transaction so that the purge is written with it (data/cache-purges.ts).
 * A release's page links its meeting's other language, so both languages' pages are purged.
 */
export function cacheTagsAfter(tx: Tx, change: DocumentChange): string[] {
  if (!changesPublicSite(change)) return [];
  return tagsAfterReleaseChange([...new Set([change.documentId, ...releasesOf(tx, change.meetingId)])]);
}

/**
 * What a change to a meeting's issued documents or follow-up items, outside the workflow, makes stale in
 * a shared cache: the pages without tags of their own, and the meeting's release pages that link to them.
 */
export const cacheTagsAfterMeetingPagesChange = (tx: Tx, meetingId: number): string[] =>
  tagsAfterMeetingPagesChange(releasesOf(tx, meetingId));

const releasesOf = (tx: Tx, meetingId: number): number[] =>
  tx
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(and(eq(schema.documents.meetingId, meetingId), eq(schema.documents.kind, 'press_release')))
    .all()
    .map((row) => row.id);
