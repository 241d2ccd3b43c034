import 'server-only';
import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { can } from '@/domain/permissions';
import { releaseAddress, type ReleaseAddress } from '@/domain/release-address';
import type { ContentLanguage, IssuedKind, Validity, WorkingState } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { catalogueAsOf, type CatalogueFields } from './catalogue-entries';
import { getDocument } from './documents';
import { getSiteSettings } from './site-settings';

// What the workspace shows beside an issued document's editor, and the review page above its text.

export type TopicCategory = { id: number; code: string; name: string; nameZh: string };

export type LinkedDocument = {
  id: number;
  kind: IssuedKind;
  language: ContentLanguage;
  headline: string | null;
  workingState: WorkingState;
  publicationState: string;
};

export type IssuedPanel = {
  meetingId: number;
  decisionId: number | null;
  kind: IssuedKind;
  language: ContentLanguage;
  decisionTitle: string;
  catalogue: CatalogueFields;
  indexNumber: string | null;
  validity: Validity;
  categories: TopicCategory[];
  /** An interpretation's policy document. */
  policy: LinkedDocument | null;
  /** A policy document's interpretation(s) in its language. */
  interpretations: LinkedDocument[];
  /** The same document in the other language. */
  counterpart: LinkedDocument | null;
  /** Its public address, once published. */
  publicAddress: ReleaseAddress | null;
  /** Published issued documents this one may amend or repeal. */
  changeTargets: { id: number; headline: string; language: ContentLanguage }[];
  may: { editCatalogue: boolean; createInterpretation: boolean };
};

const linkedColumns = {
  id: schema.documents.id,
  kind: schema.documents.kind,
  language: schema.documents.language,
  headline: schema.revisions.headline,
  workingState: schema.documents.workingState,
  publicationState: schema.documents.publicationState,
};

export function listTopicCategories(): TopicCategory[] {
  return getDb().select().from(schema.topicCategories).orderBy(asc(schema.topicCategories.code)).all();
}

/** The panel of an issued document, for an actor who may read it (getDocument checks); null for other kinds. */
export function getIssuedPanel(actor: Actor, documentId: number): IssuedPanel | null {
  const detail = getDocument(actor, documentId);
  if (detail.kind !== 'policy_document' && detail.kind !== 'interpretation') return null;
  const db = getDb();
  const doc = db.select().from(schema.documents).where(eq(schema.documents.id, documentId)).get()!;
  const linked = (where: ReturnType<typeof eq>) =>
    db
      .select(linkedColumns)
      .from(schema.documents)
      .leftJoin(schema.revisions, eq(schema.revisions.id, schema.documents.currentRevisionId))
      .where(where)
      .orderBy(asc(schema.documents.id))
      .all() as LinkedDocument[];
  const decision = doc.decisionId
    ? db.select().from(schema.decisions).where(eq(schema.decisions.id, doc.decisionId)).get()
    : undefined;
  const counterpartId = doc.translationOfId;
  const counterpart =
    counterpartId !== null
      ? linked(eq(schema.documents.id, counterpartId))[0]
      : linked(eq(schema.documents.translationOfId, doc.id))[0];
  const { timeZone } = getSiteSettings();
  return {
    meetingId: doc.meetingId,
    decisionId: doc.decisionId,
    kind: doc.kind as IssuedKind,
    language: doc.language,
    decisionTitle: decision
      ? doc.language === 'zh'
        ? decision.titleZh || decision.title
        : decision.title
      : '',
    catalogue: catalogueAsOf(db, doc.id, doc.currentRevisionId),
    indexNumber:
      db
        .select({ n: schema.indexNumbers.indexNumber })
        .from(schema.indexNumbers)
        .where(eq(schema.indexNumbers.documentId, doc.id))
        .get()?.n ?? null,
    validity: doc.validity,
    categories: listTopicCategories(),
    policy: doc.interpretsId !== null ? (linked(eq(schema.documents.id, doc.interpretsId))[0] ?? null) : null,
    interpretations: doc.kind === 'policy_document' ? linked(eq(schema.documents.interpretsId, doc.id)) : [],
    counterpart: counterpart ?? null,
    publicAddress:
      doc.publicationState === 'published' && doc.firstPublishedAt
        ? releaseAddress({ id: doc.id, slug: doc.slug, firstPublishedAt: doc.firstPublishedAt }, timeZone)
        : null,
    changeTargets: db
      .select({
        id: schema.documents.id,
        headline: schema.revisions.headline,
        language: schema.documents.language,
      })
      .from(schema.documents)
      .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
      .where(
        and(
          inArray(schema.documents.kind, ['policy_document', 'interpretation']),
          eq(schema.documents.publicationState, 'published'),
          ne(schema.documents.id, doc.id),
          or(eq(schema.documents.language, doc.language)),
        ),
      )
      .orderBy(asc(schema.documents.id))
      .all(),
    may: {
      editCatalogue: detail.may.edit && detail.current !== null,
      createInterpretation:
        doc.kind === 'policy_document' && doc.decisionId !== null && can(actor, 'records.edit'),
    },
  };
}
