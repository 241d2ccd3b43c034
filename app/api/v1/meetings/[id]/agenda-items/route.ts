import { revalidatePath } from 'next/cache';
import { addAgendaItem } from '@/data/meeting-records';
import { agendaItemBody } from '@/domain/record-inputs';
import { createdRecord, pathId } from '@/web/api/schemas';
import { apiJson, invalidBody, jsonBody, noSuchRecord, tokenRoute } from '@/web/api/token-route';

/** Adds an agenda item at the end of a meeting's agenda. Token with secretary role. */
export const POST = tokenRoute<{ id: string }>(
  'POST /api/v1/meetings/{id}/agenda-items',
  async ({ actor, request, params }) => {
    const meetingId = pathId.safeParse(params.id);
    const parsed = agendaItemBody.safeParse(await jsonBody(request));
    if (!meetingId.success) return noSuchRecord();
    if (!parsed.success) return invalidBody(parsed.error);
    const created = addAgendaItem(actor, meetingId.data, parsed.data);
    revalidatePath(`/meetings/${meetingId.data}`);
    return apiJson(createdRecord, created, 201);
  },
);
