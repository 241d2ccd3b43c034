import 'server-only';
import { and, eq, inArray, max, ne, or } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { normalDocumentNumber } from '@/domain/document-number';
import { bodyCodeOf, formatIndexNumber, nextSerial } from '@/domain/index-number';
import { applyValidityEvent } from '@/domain/validity';
import { catalogueAsOf } from './catalogue-entries';
import { conflict } from './errors';

type DocumentRow = typeof schema.documents.$inferSelect;

const timeZoneOf = (tx: Tx) =>
  tx.select({ tz: schema.siteSettings.timeZone }).from(schema.siteSettings).get()?.tz ?? 'Asia/Shanghai';

/**
 * What publishing an issued document does besides the workflow's own writes, inside its transaction: the
 * index number at first publication (kept on every later one), the document number checked unique among
 * published documents, and the earlier document it amends or repeals changed, with the date.
 */
export function onIssuedPublication(tx: Tx, doc: DocumentRow, revisionId: number, now: Date): void {
  const fields = catalogueAsOf(tx, doc.id, revisionId);
  const today = isoDateInZone(now, timeZoneOf(tx));
  const documentNumber = fields.documentNumber ? normalDocumentNumber(fields.documentNumber) : null;
  if (documentNumber) {
    const taken = tx
      .select({ documentId: schema.indexNumbers.documentId })
      .from(schema.indexNumbers)
      .where(
        and(
          eq(schema.indexNumbers.documentNumber, documentNumber),
          ne(schema.indexNumbers.documentId, doc.id),
        ),
      )
      .get();
    if (taken) throw conflict('issued.refused.numberTaken', { number: documentNumber });
  }
  const existing = tx
    .select({ indexNumber: schema.indexNumbers.indexNumber })
    .from(schema.indexNumbers)
    .where(eq(schema.indexNumbers.documentId, doc.id))
    .get();
  if (existing) {
    tx.update(schema.indexNumbers)
      .set({ documentNumber })
      .where(eq(schema.indexNumbers.documentId, doc.id))
      .run();
  } else {
    assignIndexNumber(tx, doc, fields.categoryId, Number(today.slice(0, 4)), documentNumber);
  }
  if (fields.changesDocumentId !== null && fields.changeKind !== null) {
    changeEarlierDocument(tx, fields.changesDocumentId, fields.changeKind, doc.id, today);
  }
}

/**
 * The next serial of the body's code in the year, inside the publishing transaction (BEGIN IMMEDIATE: no
 * other publication runs between reading the highest serial and taking the next; the primary key would
 * refuse a duplicate if one did).
 */
function assignIndexNumber(
  tx: Tx,
  doc: DocumentRow,
  categoryId: number | null,
  year: number,
  documentNumber: string | null,
) {
  const body = tx
    .select({ id: schema.bodies.id, catalogueCode: schema.bodies.catalogueCode })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(eq(schema.meetings.id, doc.meetingId))
    .get();
  if (!body) throw new Error(`No body for meeting ${doc.meetingId}`);
  const bodyCode = bodyCodeOf(body);
  const category =
    categoryId === null
      ? ''
      : (tx
          .select({ code: schema.topicCategories.code })
          .from(schema.topicCategories)
          .where(eq(schema.topicCategories.id, categoryId))
          .get()?.code ?? '');
  const highest = tx
    .select({ n: max(schema.indexNumbers.serial) })
    .from(schema.indexNumbers)
    .where(and(eq(schema.indexNumbers.bodyCode, bodyCode), eq(schema.indexNumbers.year, year)))
    .get()?.n;
  const serial = nextSerial(highest);
  tx.insert(schema.indexNumbers)
    .values({
      bodyCode,
      year,
      serial,
      documentId: doc.id,
      indexNumber: formatIndexNumber({ bodyCode, category, year, serial }),
      documentNumber,
    })
    .run();
}

/** The earlier document, in every language it was published in, amended or repealed as of today. */
function changeEarlierDocument(
  tx: Tx,
  earlierId: number,
  kind: 'amends' | 'repeals',
  byDocumentId: number,
  today: string,
) {
  const earlier = tx.select().from(schema.documents).where(eq(schema.documents.id, earlierId)).get();
  if (!earlier) return;
  const originalId = earlier.translationOfId ?? earlier.id;
  const group = tx
    .select()
    .from(schema.documents)
    .where(or(eq(schema.documents.id, originalId), eq(schema.documents.translationOfId, originalId)))
    .all();
  const changed: number[] = [];
  for (const target of group) {
    const outcome = applyValidityEvent(
      {
        validity: target.validity,
        changedOn: target.validityChangedOn,
        changedById: target.validityChangedById,
      },
      { kind, on: today, byDocumentId },
    );
    if (!outcome.changed) continue;
    tx.update(schema.documents)
      .set({
        validity: outcome.next.validity,
        validityChangedOn: outcome.next.changedOn,
        validityChangedById: outcome.next.changedById,
      })
      .where(eq(schema.documents.id, target.id))
      .run();
    changed.push(target.id);
  }
  return changed;
}

/** The index numbers of some documents, for lists. */
export function indexNumbersOf(tx: Tx, documentIds: number[]): Map<number, string> {
  if (documentIds.length === 0) return new Map();
  return new Map(
    tx
      .select({ id: schema.indexNumbers.documentId, n: schema.indexNumbers.indexNumber })
      .from(schema.indexNumbers)
      .where(inArray(schema.indexNumbers.documentId, documentIds))
      .all()
      .map((r) => [r.id, r.n]),
  );
}
