import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@/db';
import { releaseAddress, type ReleaseAddress } from '@/domain/release-address';
import type { MeetingDesignation } from '@/domain/vocabulary';

// What the public may read of a release, in one place for every public reader (the pages, search, the
// archive, the feeds, the sitemap, the open-data API and the export): which documents, which of their
// columns, and how a row becomes what a list shows. None of it needs an actor: nothing else is selected.

const d = schema.documents;

/** What the public may read: a press release, public, and published now (not withdrawn). */
export const publishedRelease = and(
  eq(d.kind, 'press_release'),
  eq(d.visibility, 'public'),
  eq(d.publicationState, 'published'),
);

/** Joins a release to the revision the public reads: `.innerJoin(schema.revisions, publishedRevision)`. */
export const publishedRevision = eq(schema.revisions.id, d.publishedRevisionId);

/**
 * Joins a release to its newest publication snapshot (schema.publications): what its meeting's public
 * records were when it was last published, which is all the public may see of them.
 */
export const currentPublication = eq(
  schema.publications.id,
  sql`(select max(p.id) from publications p where p.document_id = ${d.id})`,
);

/** What every public list shows of a release: its address, its headline and when it was first published. */
export type ReleaseHeading = ReleaseAddress & { headline: string; firstPublishedAt: Date };

/** The columns of a ReleaseHeading (joined to `publishedRevision`). */
export const headingColumns = {
  id: d.id,
  slug: d.slug,
  headline: schema.revisions.headline,
  firstPublishedAt: d.firstPublishedAt,
};

/** The columns of the meeting's designation as the release's current publication snapshot has it. */
export const designationColumns = {
  bodyName: schema.publications.bodyName,
  meetingName: schema.publications.meetingName,
  sessionNumber: schema.publications.sessionNumber,
  heldOn: schema.publications.heldOn,
  chairName: schema.publications.chairName,
  chairTitle: schema.publications.chairTitle,
} satisfies Record<keyof MeetingDesignation, unknown>;

/** A selected row as a ReleaseHeading; published releases always have a first-published time. */
export function releaseHeading(
  row: { id: number; slug: string | null; headline: string; firstPublishedAt: Date | null },
  timeZone: string,
): ReleaseHeading {
  const firstPublishedAt = row.firstPublishedAt!;
  return {
    ...releaseAddress({ id: row.id, slug: row.slug, firstPublishedAt }, timeZone),
    headline: row.headline,
    firstPublishedAt,
  };
}

/** The lead of a release page and of the home page's list: the first paragraph, cut at 280 characters. */
export function releaseLead(body: string): string {
  const first = body.split(/\n\s*\n/)[0] ?? '';
  return first.length > 280 ? `${first.slice(0, 277).trimEnd()}…` : first;
}

/**
 * The first paragraph of a Markdown body as plain text: feed readers show summaries as they are, so
 * heading marks, emphasis, code ticks and link targets are dropped (their words stay).
 */
export function plainFirstParagraph(body: string): string {
  const first =
    body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find(Boolean) ?? '';
  return first
    .replace(/^#{1,6}\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s*\n\s*/g, ' ');
}
