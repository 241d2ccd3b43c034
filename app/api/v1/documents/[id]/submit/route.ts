import { revalidateAfter } from '@/data/revalidate-after';
import { submitForReview } from '@/data/workflow';
import { pathId, submittedDocument } from '@/web/api/schemas';
import { apiJson, noSuchRecord, tokenRoute } from '@/web/api/token-route';

/**
 * Submits a document's current draft to the first step of its review chain. The workflow decides as for
 * a person: refused (409) unless in draft, and a press release must agree with its meeting's records.
 */
export const POST = tokenRoute<{ id: string }>(
  'POST /api/v1/documents/{id}/submit',
  ({ actor, params }) => {
    const documentId = pathId.safeParse(params.id);
    if (!documentId.success) return noSuchRecord();
    const change = submitForReview(actor, documentId.data);
    revalidateAfter(change);
    return apiJson(submittedDocument, {
      documentId: change.documentId,
      workingState: 'in_review',
      reviewStep: change.to.step ?? 1,
    });
  },
  { transition: true },
);
