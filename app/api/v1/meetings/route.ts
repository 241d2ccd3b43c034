import { createMeeting, getMeeting } from '@/data/meetings';
import { invalidBody, jsonBody, apiJson, tokenRoute } from '@/web/api/token-route';
import { createMeetingBody } from '@/domain/record-inputs';
import { createdMeeting } from '@/web/api/schemas';

/** Creates a meeting and its three documents (agenda, minutes, press release). Token with secretary role. */
export const POST = tokenRoute('POST /api/v1/meetings', async ({ actor, request }) => {
  const parsed = createMeetingBody.safeParse(await jsonBody(request));
  if (!parsed.success) return invalidBody(parsed.error);
  const created = createMeeting(actor, parsed.data);
  // A new meeting has only its own three documents (issued documents come later, from its decisions).
  const documents = getMeeting(actor, created.id).documents.flatMap(({ id, kind }) =>
    kind === 'agenda' || kind === 'minutes' || kind === 'press_release' ? [{ id, kind }] : [],
  );
  return apiJson(
    createdMeeting,
    { id: created.id, duplicateNumber: created.duplicateNumber, documents },
    201,
  );
});
