import { revalidateAfter } from '@/data/revalidate-after';
import { saveRevision } from '@/data/workflow';
import { draftBody } from '@/domain/record-inputs';
import { pathId, savedRevision } from '@/web/api/schemas';
import { apiJson, invalidBody, jsonBody, noSuchRecord, tokenRoute } from '@/web/api/token-route';

/**
 * Saves a new draft revision of a document, as the editor's Save does: any approvals of the cycle are
 * voided, and a save based on an older revision than the current one is refused (409).
 */
export const PUT = tokenRoute<{ id: string }>(
  'PUT /api/v1/documents/{id}/draft',
  async ({ actor, request, params }) => {
    const documentId = pathId.safeParse(params.id);
    const parsed = draftBody.safeParse(await jsonBody(request));
    if (!documentId.success) return noSuchRecord();
    if (!parsed.success) return invalidBody(parsed.error);
    const saved = saveRevision(actor, { documentId: documentId.data, ...parsed.data });
    revalidateAfter(saved);
    return apiJson(savedRevision, { revisionId: saved.revisionId, number: saved.number });
  },
  { transition: true },
);
