import 'server-only';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { publishedRecords } from '@/domain/published-statement';
import type { Db, Tx } from '.';
import * as schema from './schema';

// The snapshot each publication of a press release takes of its meeting's public records (see
// schema.publications): written inside the publishing transaction, and once at start for releases
// published before snapshots were kept.

type PublicationAction = (typeof schema.PUBLICATION_ACTIONS)[number];

/** Where an imported release came from, when it is known apart from the meeting's current records. */
type ImportSource = { sessionNumber: number; heldOn: string };

/**
 * Records what publishing (or importing) this revision of a press release states of its meeting: the
 * records as they stand now, in the release's language, kept to what the text states. Other kinds of
 * document have no public records.
 */
export function recordPublication(
  tx: Db | Tx,
  documentId: number,
  revisionId: number,
  action: PublicationAction,
  source?: ImportSource,
): void {
  const row = tx
    .select({
      kind: schema.documents.kind,
      language: schema.documents.language,
      meetingId: schema.meetings.id,
      bodyId: schema.bodies.id,
      bodyName: schema.bodies.name,
      bodyNameZh: schema.bodies.nameZh,
      meetingName: schema.bodies.meetingName,
      meetingNameZh: schema.bodies.meetingNameZh,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      chairName: schema.meetings.chairName,
      chairNameZh: schema.meetings.chairNameZh,
      chairTitle: schema.meetings.chairTitle,
      chairTitleZh: schema.meetings.chairTitleZh,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
    })
    .from(schema.documents)
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .innerJoin(schema.revisions, eq(schema.revisions.id, revisionId))
    .where(eq(schema.documents.id, documentId))
    .get();
  if (!row || row.kind !== 'press_release') return;
  // The release's language decides which of the records' two values the public sees with it.
  const zh = row.language === 'zh';
  const decisions = tx
    .select({
      title: zh ? schema.decisions.titleZh : schema.decisions.title,
      kind: schema.decisions.kind,
      outcome: schema.decisions.outcome,
    })
    .from(schema.decisions)
    .where(eq(schema.decisions.meetingId, row.meetingId))
    .orderBy(asc(schema.decisions.position))
    .all();
  const chairTitle = zh ? row.chairTitleZh : row.chairTitle;
  const stated = publishedRecords(row.headline, row.body, { chairTitle, decisions }, row.language);
  tx.insert(schema.publications)
    .values({
      documentId,
      revisionId,
      action,
      bodyId: row.bodyId,
      bodyName: zh ? row.bodyNameZh : row.bodyName,
      meetingName: zh ? row.meetingNameZh : row.meetingName,
      sessionNumber: source?.sessionNumber ?? row.sessionNumber,
      heldOn: source?.heldOn ?? row.heldOn,
      chairName: zh ? row.chairNameZh : row.chairName,
      chairTitle: stated.chairTitle,
      decisions: stated.decisions,
    })
    .run();
}

/**
 * Takes the snapshot of every press release published before snapshots were kept (at most once: a
 * release with a snapshot is skipped). The records are all there is to take it from, except an imported
 * release's session number and date, which its import's audit event kept as the release stated them.
 */
export function backfillPublications(db: Db): void {
  const d = schema.documents;
  const missing = db
    .select({ id: d.id, meetingId: d.meetingId, publishedRevisionId: d.publishedRevisionId })
    .from(d)
    .where(
      and(
        eq(d.kind, 'press_release'),
        sql`${d.publishedRevisionId} is not null`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(schema.publications)
            .where(eq(schema.publications.documentId, d.id)),
        ),
      ),
    )
    .all();
  if (missing.length === 0) return;
  db.transaction(
    (tx) => {
      for (const doc of missing) {
        const imported = tx
          .select({ id: schema.revisions.id })
          .from(schema.revisions)
          .where(and(eq(schema.revisions.documentId, doc.id), eq(schema.revisions.source, 'import')))
          .get();
        if (imported) recordPublication(tx, doc.id, imported.id, 'import', importedSource(tx, doc.meetingId));
        if (doc.publishedRevisionId !== imported?.id) {
          recordPublication(tx, doc.id, doc.publishedRevisionId!, 'publish');
        }
      }
    },
    { behavior: 'immediate' },
  );
}

function importedSource(tx: Tx, meetingId: number): ImportSource | undefined {
  const event = tx
    .select({ detail: schema.auditEvents.detail })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.action, 'release.imported'),
        eq(schema.auditEvents.subjectType, 'meeting'),
        eq(schema.auditEvents.subjectId, String(meetingId)),
      ),
    )
    .get();
  const detail = event ? (JSON.parse(event.detail) as Partial<ImportSource>) : {};
  return typeof detail.sessionNumber === 'number' && typeof detail.heldOn === 'string'
    ? { sessionNumber: detail.sessionNumber, heldOn: detail.heldOn }
    : undefined;
}
