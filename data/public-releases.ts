import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb, schema, type Db } from '@/db';
import type { ContentLanguage } from '@/domain/vocabulary';
import {
  counterpart,
  counterpartAddress,
  counterpartColumns,
  counterpartOf,
  headingColumns,
  publishedHeldOn,
  inEdition,
  type LanguageAddress,
  listedColumns,
  listedRelease,
  type ListedRelease,
  publishedRelease,
  publishedRevision,
  releaseHeading,
  releaseLead,
  type ReleaseHeading,
} from './public-release';
import { getSiteSettings } from './site-settings';

// Public reads need no actor: they return only what is published and public, and nothing else.

export type PublicReleaseSummary = ListedRelease & { lead: string };

export type PublicRelease = ReleaseHeading & {
  lead: string;
  /** The day the meeting was held, as its publication states it. */
  heldOn: string | null;
  body: string;
  lastPublishedAt: Date;
  correctionNote: string;
  /** The same meeting's release in the other language, when that one is published too. */
  counterpart: LanguageAddress | null;
};

/** The newest releases of one edition of the site (see `inEdition`), a page at a time. */
export function listPublishedReleases(
  edition: ContentLanguage,
  page = 1,
  pageSize = 20,
): { rows: PublicReleaseSummary[]; total: number } {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const listed = and(publishedRelease, inEdition(edition));
  const rows = db
    .select({ ...listedColumns, body: schema.revisions.body })
    .from(schema.documents)
    .innerJoin(schema.revisions, publishedRevision)
    .where(listed)
    .orderBy(desc(schema.documents.firstPublishedAt), desc(schema.documents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(schema.documents)
      .where(listed)
      .get()?.n ?? 0;
  return {
    total,
    rows: rows.map((r) => ({ ...listedRelease(r, timeZone), lead: releaseLead(r.body) })),
  };
}

/** A published public release by id, or null (never published, internal, or withdrawn: see `releaseStatus`). */
export function getPublishedRelease(id: number): PublicRelease | null {
  const row = getDb()
    .select({
      ...headingColumns,
      body: schema.revisions.body,
      heldOn: publishedHeldOn,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
      counterpart: counterpartColumns,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, publishedRevision)
    .leftJoin(counterpart, counterpartOf)
    .where(and(publishedRelease, eq(schema.documents.id, id)))
    .get();
  if (!row) return null;
  const { timeZone } = getSiteSettings();
  return {
    ...releaseHeading(row, timeZone),
    body: row.body,
    lead: releaseLead(row.body),
    heldOn: row.heldOn,
    lastPublishedAt: row.lastPublishedAt!,
    correctionNote: row.correctionNote,
    counterpart: counterpartAddress(row.counterpart, timeZone),
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
