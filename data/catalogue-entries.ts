import 'server-only';
import { and, desc, eq, lte } from 'drizzle-orm';
import { schema, type Db, type Tx } from '@/db';
import type { Disclosure, DocumentChangeKind } from '@/domain/vocabulary';

// An issued document's catalogue fields belong to its revisions: a revision without a row of its own has
// the fields of the newest one before it that has one. So a text save keeps them, and a change of them is
// a revision of its own, reviewed and published like the text.

export type CatalogueFields = {
  issuingBody: string;
  documentNumber: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  validUntil: string | null;
  categoryId: number | null;
  disclosure: Disclosure;
  disclosureReason: string;
  changesDocumentId: number | null;
  changeKind: DocumentChangeKind | null;
};

export const EMPTY_CATALOGUE: CatalogueFields = {
  issuingBody: '',
  documentNumber: '',
  writtenOn: null,
  effectiveOn: null,
  validUntil: null,
  categoryId: null,
  disclosure: 'proactive',
  disclosureReason: '',
  changesDocumentId: null,
  changeKind: null,
};

const fieldColumns = {
  issuingBody: schema.catalogueEntries.issuingBody,
  documentNumber: schema.catalogueEntries.documentNumber,
  writtenOn: schema.catalogueEntries.writtenOn,
  effectiveOn: schema.catalogueEntries.effectiveOn,
  validUntil: schema.catalogueEntries.validUntil,
  categoryId: schema.catalogueEntries.categoryId,
  disclosure: schema.catalogueEntries.disclosure,
  disclosureReason: schema.catalogueEntries.disclosureReason,
  changesDocumentId: schema.catalogueEntries.changesDocumentId,
  changeKind: schema.catalogueEntries.changeKind,
};

/** The catalogue fields as of one revision of a document (the empty set before any were saved). */
export function catalogueAsOf(db: Db | Tx, documentId: number, revisionId: number | null): CatalogueFields {
  if (revisionId === null) return EMPTY_CATALOGUE;
  return (
    db
      .select(fieldColumns)
      .from(schema.catalogueEntries)
      .where(
        and(
          eq(schema.catalogueEntries.documentId, documentId),
          lte(schema.catalogueEntries.revisionId, revisionId),
        ),
      )
      .orderBy(desc(schema.catalogueEntries.revisionId))
      .limit(1)
      .get() ?? EMPTY_CATALOGUE
  );
}

export function insertCatalogueEntry(
  tx: Tx,
  documentId: number,
  revisionId: number,
  fields: CatalogueFields,
) {
  tx.insert(schema.catalogueEntries)
    .values({ documentId, revisionId, ...fields })
    .run();
}
