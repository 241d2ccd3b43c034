import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, schema, type Db } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { getSiteSettings } from './site-settings';

// Public reads need no actor: they return only what is published and public, and nothing else.

export type PublicReleaseSummary = {
  id: number;
  slug: string;
  year: string;
  headline: string;
  lead: string;
  firstPublishedAt: Date;
};

export type PublicRelease = PublicReleaseSummary & {
  body: string;
  lastPublishedAt: Date;
  correctionNote: string;
};

/** What the public may read: a press release, public, and published now (not withdrawn). */
export const publishedRelease = and(
  eq(schema.documents.kind, 'press_release'),
  eq(schema.documents.visibility, 'public'),
  eq(schema.documents.publicationState, 'published'),
);

/**
 * Joins a release to its newest publication snapshot (schema.publications): what its meeting's public
 * records were when it was last published, which is all the public may see of them.
 */
export const currentPublication = eq(
  schema.publications.id,
  sql`(select max(p.id) from publications p where p.document_id = ${schema.documents.id})`,
);

function firstParagraph(body: string): string {
  const first = body.split(/\n\s*\n/)[0] ?? '';
  return first.length > 280 ? `${first.slice(0, 277).trimEnd()}…` : first;
}

export function listPublishedReleases(
  page = 1,
  pageSize = 20,
): { rows: PublicReleaseSummary[]; total: number } {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const rows = db
    .select({
      id: schema.documents.id,
      slug: schema.documents.slug,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
      firstPublishedAt: schema.documents.firstPublishedAt,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
    .where(publishedRelease)
    .orderBy(desc(schema.documents.firstPublishedAt), desc(schema.documents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(schema.documents)
      .where(publishedRelease)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug ?? 'release',
      year: isoDateInZone(r.firstPublishedAt!, timeZone).slice(0, 4),
      headline: r.headline,
      lead: firstParagraph(r.body),
      firstPublishedAt: r.firstPublishedAt!,
    })),
  };
}

/** A published public release by id, or null (never published, internal, or withdrawn: see `releaseStatus`). */
export function getPublishedRelease(id: number): PublicRelease | null {
  const row = getDb()
    .select({
      id: schema.documents.id,
      slug: schema.documents.slug,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
      firstPublishedAt: schema.documents.firstPublishedAt,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
    .where(and(publishedRelease, eq(schema.documents.id, id)))
    .get();
  if (!row) return null;
  const { timeZone } = getSiteSettings();
  return {
    id: row.id,
    slug: row.slug ?? 'release',
    year: isoDateInZone(row.firstPublishedAt!, timeZone).slice(0, 4),
    headline: row.headline,
    body: row.body,
    lead: firstParagraph(row.body),
    firstPublishedAt: row.firstPublishedAt!,
    lastPublishedAt: row.lastPublishedAt!,
    correctionNote: row.correctionNote,
  };
}

// The proxy asks this for every request to a release address, cached pages included: the statement is
// prepared once per database connection rather than built and prepared again on every request.
const withdrawnStatements = new WeakMap<Db, ReturnType<typeof prepareWithdrawnQuery>>();

function prepareWithdrawnQuery(db: Db) {
  return db
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(
      and(
        eq(schema.documents.id, sql.placeholder('id')),
        eq(schema.documents.kind, 'press_release'),
        eq(schema.documents.visibility, 'public'),
        eq(schema.documents.publicationState, 'withdrawn'),
      ),
    )
    .prepare();
}

/** Whether a public release was withdrawn (the page answers 410), as opposed to never having existed. */
export function isWithdrawnRelease(id: number): boolean {
  const db = getDb();
  let statement = withdrawnStatements.get(db);
  if (!statement) {
    statement = prepareWithdrawnQuery(db);
    withdrawnStatements.set(db, statement);
  }
  return Boolean(statement.get({ id }));
}

export const releasePath = (r: Pick<PublicReleaseSummary, 'id' | 'slug' | 'year'>) =>
  `/releases/${r.year}/${r.id}-${r.slug}`;
