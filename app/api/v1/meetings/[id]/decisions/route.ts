import { revalidatePath } from 'next/cache';
import { addDecision } from '@/data/meeting-records';
import { decisionBody } from '@/domain/record-inputs';
import { createdRecord, pathId } from '@/web/api/schemas';
import { apiJson, invalidBody, jsonBody, noSuchRecord, tokenRoute } from '@/web/api/token-route';

/** Adds a decision (a document deliberated and adopted, or a naming) to a meeting. Token with secretary role. */
export const POST = tokenRoute<{ id: string }>(
  'POST /api/v1/meetings/{id}/decisions',
  async ({ actor, request, params }) => {
    const meetingId = pathId.safeParse(params.id);
    const parsed = decisionBody.safeParse(await jsonBody(request));
    if (!meetingId.success) return noSuchRecord();
    if (!parsed.success) return invalidBody(parsed.error);
    const created = addDecision(actor, meetingId.data, parsed.data);
    revalidatePath(`/meetings/${meetingId.data}`);
    return apiJson(createdRecord, created, 201);
  },
);
