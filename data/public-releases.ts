import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, schema, type Db } from '@/db';
import {
  headingColumns,
  publishedRelease,
  publishedRevision,
  releaseHeading,
  releaseLead,
  type ReleaseHeading,
} from './public-release';
import { getSiteSettings } from './site-settings';

// Public reads need no actor: they return only what is published and public, and nothing else.

export type PublicReleaseSummary = ReleaseHeading & { lead: string };

export type PublicRelease = PublicReleaseSummary & {
  body: string;
  lastPublishedAt: Date;
  correctionNote: string;
};

export function listPublishedReleases(
  page = 1,
  pageSize = 20,
): { rows: PublicReleaseSummary[]; total: number } {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const rows = db
    .select({ ...headingColumns, body: schema.revisions.body })
    .from(schema.documents)
    .innerJoin(schema.revisions, publishedRevision)
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
    rows: rows.map((r) => ({ ...releaseHeading(r, timeZone), lead: releaseLead(r.body) })),
  };
}

/** A published public release by id, or null (never published, internal, or withdrawn: see `releaseStatus`). */
export function getPublishedRelease(id: number): PublicRelease | null {
  const row = getDb()
    .select({
      ...headingColumns,
      body: schema.revisions.body,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, publishedRevision)
    .where(and(publishedRelease, eq(schema.documents.id, id)))
    .get();
  if (!row) return null;
  return {
    ...releaseHeading(row, getSiteSettings().timeZone),
    body: row.body,
    lead: releaseLead(row.body),
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
