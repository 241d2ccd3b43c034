import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { can } from '@/domain/permissions';
import type { ContentLanguage, DistributionKind, MinutesClassification } from '@/domain/vocabulary';
import { actorUserId, type Actor } from './actor';
import { authorize } from './authorize';
import { loadRevision, readableDocumentRow } from './documents';
import { notFound } from './errors';
import { minutesNumberOf, recordDocumentRead, type MinutesNumber } from './minutes-issue';

// The minutes as they leave the secretariat: the issued revision a unit reads (and its record of having
// read it), and any revision laid out for paper or PDF, marked as a draft unless it is the issued one.

export type ReceivedMinutes = {
  documentId: number;
  language: ContentLanguage;
  headline: string;
  number: MinutesNumber | null;
  issuedAt: Date | null;
  distribution: DistributionKind;
  openedAt: Date | null;
};

/** The issued minutes distributed to the liaison's unit, the latest first. */
export function listReceivedMinutes(actor: Actor): ReceivedMinutes[] {
  authorize(actor, 'receivedMinutes.read', { attempted: 'receivedMinutes.list', type: 'document' });
  const userId = actorUserId(actor) ?? -1;
  const db = getDb();
  const rows = db
    .select({
      documentId: schema.documents.id,
      language: schema.documents.language,
      headline: schema.revisions.headline,
      issuedAt: schema.documents.lastPublishedAt,
      distribution: schema.minutesDistribution.kind,
      openedAt: schema.documentReads.firstOpenedAt,
      year: schema.minutesNumbers.year,
      serial: schema.minutesNumbers.serial,
    })
    .from(schema.users)
    .innerJoin(schema.minutesDistribution, eq(schema.minutesDistribution.unitId, schema.users.unitId))
    .innerJoin(
      schema.documents,
      and(
        eq(schema.documents.meetingId, schema.minutesDistribution.meetingId),
        eq(schema.documents.kind, 'minutes'),
        eq(schema.documents.publicationState, 'published'),
      ),
    )
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
    .leftJoin(
      schema.documentReads,
      and(eq(schema.documentReads.documentId, schema.documents.id), eq(schema.documentReads.userId, userId)),
    )
    .leftJoin(schema.minutesNumbers, eq(schema.minutesNumbers.documentId, schema.documents.id))
    .where(eq(schema.users.id, userId))
    .orderBy(desc(schema.documents.lastPublishedAt))
    .all();
  return rows.map(({ year, serial, ...r }) => ({
    ...r,
    number: year !== null && serial !== null ? { year, serial } : null,
  }));
}

export type MinutesText = {
  documentId: number;
  meetingId: number;
  language: ContentLanguage;
  headline: string;
  body: string;
  revisionId: number;
  revisionNumber: number;
  number: MinutesNumber | null;
  classification: MinutesClassification;
  /** Not the issued revision: every page says so. */
  draft: boolean;
};

/**
 * One revision of the minutes for reading, print or PDF: the issued one by default (the current one while
 * none is issued). Staff may ask for any revision; a unit's liaison reads the issued one only, and that
 * reading is recorded.
 */
export function minutesText(actor: Actor, documentId: number, revisionId?: number): MinutesText {
  const doc = readableDocumentRow(actor, documentId);
  if (doc.kind !== 'minutes') throw notFound();
  const issued = doc.publicationState === 'published' ? doc.publishedRevisionId : null;
  const staff = can(actor, 'meetings.read');
  const wanted = revisionId ?? issued ?? doc.currentRevisionId;
  if (!staff && wanted !== issued) throw notFound();
  const revision = loadRevision(getDb(), wanted);
  if (!revision) throw notFound();
  // A revision of another document is not this document's.
  const owner = getDb()
    .select({ documentId: schema.revisions.documentId })
    .from(schema.revisions)
    .where(eq(schema.revisions.id, revision.id))
    .get();
  if (owner?.documentId !== documentId) throw notFound();
  if (!staff) recordDocumentRead(actor, documentId);
  const meeting = getDb()
    .select({ classification: schema.meetings.minutesClassification })
    .from(schema.meetings)
    .where(eq(schema.meetings.id, doc.meetingId))
    .get();
  return {
    documentId,
    meetingId: doc.meetingId,
    language: doc.language,
    headline: revision.headline,
    body: revision.body,
    revisionId: revision.id,
    revisionNumber: revision.number,
    number: minutesNumberOf(getDb(), documentId),
    classification: meeting?.classification ?? 'internal',
    draft: revision.id !== issued,
  };
}

export type MinutesIssueFacts = {
  number: MinutesNumber | null;
  issuedRevisionId: number | null;
  currentRevisionId: number | null;
  /** Who of the units opened the issued minutes, and when. */
  reads: {
    userName: string;
    unitName: string;
    unitNameZh: string;
    firstOpenedAt: Date;
    lastOpenedAt: Date;
  }[];
};

/** What the secretariat sees of issued minutes: their number, and which units' liaisons opened them. */
export function minutesIssueFacts(actor: Actor, documentId: number): MinutesIssueFacts {
  const doc = readableDocumentRow(actor, documentId);
  if (doc.kind !== 'minutes') throw notFound();
  const db = getDb();
  const reads = db
    .select({
      userName: schema.users.displayName,
      unitName: schema.units.name,
      unitNameZh: schema.units.nameZh,
      firstOpenedAt: schema.documentReads.firstOpenedAt,
      lastOpenedAt: schema.documentReads.lastOpenedAt,
    })
    .from(schema.documentReads)
    .innerJoin(schema.users, eq(schema.users.id, schema.documentReads.userId))
    .leftJoin(schema.units, eq(schema.units.id, schema.users.unitId))
    .where(eq(schema.documentReads.documentId, documentId))
    .orderBy(schema.documentReads.firstOpenedAt)
    .all();
  return {
    number: minutesNumberOf(db, documentId),
    issuedRevisionId: doc.publicationState === 'published' ? doc.publishedRevisionId : null,
    currentRevisionId: doc.currentRevisionId,
    reads: reads.map((r) => ({ ...r, unitName: r.unitName ?? '', unitNameZh: r.unitNameZh ?? '' })),
  };
}
