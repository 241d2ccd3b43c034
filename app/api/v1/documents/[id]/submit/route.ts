import { revalidateDocument } from '@/actions/_shared/revalidate';
import { getDocument } from '@/data/documents';
import { submitForReview } from '@/data/workflow';
import { pathId, submittedDocument } from '@/lib/api/schemas';
import { apiJson, noSuchRecord, tokenRoute } from '@/lib/api/token-route';

/**
 * Submits a document's current draft to the first step of its review chain. The workflow decides as for
 * a person: refused (409) unless in draft, and a press release must agree with its meeting's records.
 */
export const POST = tokenRoute<{ id: string }>(
  'POST /api/v1/documents/{id}/submit',
  ({ actor, params }) => {
    const documentId = pathId.safeParse(params.id);
    if (!documentId.success) return noSuchRecord();
    submitForReview(actor, documentId.data);
    const doc = getDocument(actor, documentId.data);
    revalidateDocument(doc.meetingId);
    return apiJson(submittedDocument, {
      documentId: doc.id,
      workingState: 'in_review',
      reviewStep: doc.reviewStep ?? 1,
    });
  },
  { transition: true },
);
