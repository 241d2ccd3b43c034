import type { schema } from '@/db';
import type { ContentLanguage, DocumentKind, PublicationState } from '@/domain/vocabulary';
import type { DocumentState, WorkflowAction } from '@/domain/workflow';

type DocumentRow = typeof schema.documents.$inferSelect;

/**
 * What one workflow transition did, told by the function that made it: its callers revalidate, answer
 * and link from this, so none of them reads the document again. Built from the rows the transition
 * already holds (no query of its own).
 */
export type DocumentChange = {
  documentId: number;
  meetingId: number;
  kind: DocumentKind;
  /** The language it is written in: which of a meeting's releases, for the address of its page. */
  language: ContentLanguage;
  action: WorkflowAction;
  from: DocumentState;
  to: DocumentState;
  /** The document's newest revision after the change. */
  revisionId: number | null;
  /**
   * What the public may read of the document after the change. The address's year is left to whoever
   * writes the address: it is the first-published day in the site's time zone, which this does not read.
   */
  publication: {
    state: PublicationState;
    revisionId: number | null;
    slug: string | null;
    firstPublishedAt: Date | null;
  };
};

const stateOf = (row: DocumentRow): DocumentState => ({
  working: row.workingState,
  step: row.reviewStep,
  publication: row.publicationState,
});

export function documentChange(
  action: WorkflowAction,
  before: DocumentRow,
  after: DocumentRow,
): DocumentChange {
  return {
    documentId: after.id,
    meetingId: after.meetingId,
    kind: after.kind,
    language: after.language,
    action,
    from: stateOf(before),
    to: stateOf(after),
    revisionId: after.currentRevisionId,
    publication: {
      state: after.publicationState,
      revisionId: after.publishedRevisionId,
      slug: after.slug,
      firstPublishedAt: after.firstPublishedAt,
    },
  };
}

/** A publication, a republication, a withdrawal or an import: the public site shows something else. */
export const changesPublicSite = (change: Pick<DocumentChange, 'action'>): boolean =>
  change.action === 'publish' || change.action === 'withdraw' || change.action === 'import';
