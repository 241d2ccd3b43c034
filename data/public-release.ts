import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { schema } from '@/db';
import { releaseAddress, type ReleaseAddress } from '@/domain/release-address';
import type { ListedMeeting } from '@/domain/listed-meeting';
import type { ContentLanguage, MeetingDesignation } from '@/domain/vocabulary';

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

/**
 * The releases an edition of the site (its pages in one language) lists: those written in its language,
 * and those of meetings that have no release published in it, which the edition shows as they are, marked
 * as being in the other language. A meeting has at most one press release per language (the unique index
 * documents_meeting_kind_language), so "its release in this language" is one indexed lookup.
 */
export function inEdition(edition: ContentLanguage): SQL {
  return sql`(${d.language} = ${edition} or not exists (
    select 1 from documents c where c.meeting_id = ${d.meetingId} and c.kind = 'press_release'
      and c.language = ${edition} and c.visibility = 'public' and c.publication_state = 'published'))`;
}

/**
 * The other language's release of the same meeting, when it is published and public: a release's
 * counterpart, which its page names as its alternate. Join with `leftJoin(counterpart, counterpartOf)`.
 */
export const counterpart = alias(schema.documents, 'counterpart');
export const counterpartOf = and(
  eq(counterpart.meetingId, d.meetingId),
  eq(counterpart.kind, 'press_release'),
  sql`${counterpart.language} <> ${d.language}`,
  eq(counterpart.visibility, 'public'),
  eq(counterpart.publicationState, 'published'),
);

/** The columns of a counterpart's address (null when there is none). */
export const counterpartColumns = {
  id: counterpart.id,
  slug: counterpart.slug,
  language: counterpart.language,
  firstPublishedAt: counterpart.firstPublishedAt,
};

/** A counterpart's row as its address and language, or null. */
export function counterpartAddress(
  row: {
    id: number | null;
    slug: string | null;
    language: ContentLanguage | null;
    firstPublishedAt: Date | null;
  } | null,
  timeZone: string,
): LanguageAddress | null {
  if (row?.id == null || row.language == null || row.firstPublishedAt == null) return null;
  return {
    ...releaseAddress({ id: row.id, slug: row.slug, firstPublishedAt: row.firstPublishedAt }, timeZone),
    language: row.language,
  };
}

/** A release's address and the language it is written in (its own edition's prefix goes with it). */
export type LanguageAddress = ReleaseAddress & { language: ContentLanguage };

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

/**
 * What every public list shows of a release: its address, its language, its headline and when it was
 * first published.
 */
export type ReleaseHeading = LanguageAddress & { headline: string; firstPublishedAt: Date };

/** The columns of a ReleaseHeading (joined to `publishedRevision`). */
export const headingColumns = {
  id: d.id,
  slug: d.slug,
  language: d.language,
  headline: schema.revisions.headline,
  firstPublishedAt: d.firstPublishedAt,
};

/**
 * The day the meeting was held, as the release's newest publication states it (never the live records):
 * the public pages show it with its year beside the publication date when the two differ.
 */
export const publishedHeldOn = sql<string | null>`(
  select p.held_on from publications p where p.document_id = ${d.id} order by p.id desc limit 1
)`;

/** One column of the release's newest publication snapshot, as a correlated subquery (indexed). */
const newestPublished = <T>(column: 'session_number' | 'meeting_name' | 'held_on') =>
  sql<T | null>`(select p.${sql.raw(column)} from publications p where p.document_id = ${d.id} order by p.id desc limit 1)`;

/**
 * A release as a public list shows it: its heading and the meeting it reports (session and day, as its
 * newest publication states them), since the headlines of one chair's releases read alike.
 */
export type ListedRelease = ReleaseHeading & { meeting: ListedMeeting | null };

/** The columns of a ListedRelease (joined to `publishedRevision`). */
export const listedColumns = {
  ...headingColumns,
  sessionNumber: newestPublished<number>('session_number'),
  meetingName: newestPublished<string>('meeting_name'),
  heldOn: newestPublished<string>('held_on'),
};

/** A selected row (see `listedColumns`) as a ListedRelease. */
export function listedRelease(
  row: Parameters<typeof releaseHeading>[0] & {
    sessionNumber: number | null;
    meetingName: string | null;
    heldOn: string | null;
  },
  timeZone: string,
): ListedRelease {
  const { sessionNumber, meetingName, heldOn } = row;
  return {
    ...releaseHeading(row, timeZone),
    meeting:
      sessionNumber == null || meetingName == null || heldOn == null
        ? null
        : { sessionNumber, meetingName, heldOn },
  };
}

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
  row: {
    id: number;
    slug: string | null;
    language: ContentLanguage;
    headline: string;
    firstPublishedAt: Date | null;
  },
  timeZone: string,
): ReleaseHeading {
  const firstPublishedAt = row.firstPublishedAt!;
  return {
    ...releaseAddress({ id: row.id, slug: row.slug, firstPublishedAt }, timeZone),
    language: row.language,
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
