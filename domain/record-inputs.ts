import { z } from 'zod';
import { AGENDA_ITEM_KINDS, DECISION_KINDS, DECISION_OUTCOMES, MEETING_STATUSES } from '@/domain/vocabulary';
import { choice, idField, isoDate, optionalId, optionalText, positiveInt, requiredText } from './validation';

// What is written of a meeting's records — a meeting, an agenda item, a decision, a draft of a document —
// whether through the workspace forms or the integration API: one home per input, so the field rules are
// written once. The forms carry the records' ids as form text in hidden fields; the API's bodies are
// derived from the same fields, shaped for JSON (the meeting or document comes from the path, ids are
// numbers), and the OpenAPI document is generated from them.

// A meeting.

export const meetingFields = z.object({
  sessionNumber: positiveInt,
  heldOn: isoDate,
  location: optionalText(200),
  chairName: requiredText(100),
  chairTitle: optionalText(400),
  attendees: optionalText(2000),
  purpose: optionalText(4000),
  status: choice(MEETING_STATUSES),
});

export const newMeetingForm = meetingFields.extend({ bodyId: idField });

export const meetingEditForm = meetingFields.extend({ meetingId: idField });

export const createMeetingBody = meetingFields
  .extend({ bodyId: idField, status: choice(MEETING_STATUSES).default('held') })
  .meta({ id: 'NewMeeting' });

// An agenda item.

export const agendaItemForm = z.object({
  meetingId: idField,
  kind: choice(AGENDA_ITEM_KINDS),
  title: requiredText(500),
  presenter: optionalText(200),
  notes: optionalText(4000),
  stressed: optionalText(10000),
});

export const agendaItemEditForm = agendaItemForm.extend({ id: idField });

export const agendaItemBody = agendaItemForm.omit({ meetingId: true }).meta({ id: 'NewAgendaItem' });

// A decision.

export const decisionForm = z.object({
  meetingId: idField,
  title: requiredText(500),
  kind: choice(DECISION_KINDS),
  outcome: choice(DECISION_OUTCOMES),
  emphasis: optionalText(10000),
  agendaItemId: optionalId,
});

export const decisionEditForm = decisionForm.extend({ id: idField });

export const decisionBody = decisionForm
  .omit({ meetingId: true })
  .extend({ agendaItemId: z.number().int().positive().nullable().default(null) })
  .meta({ id: 'NewDecision' });

/** Moving an agenda item or a decision one place up or down its list. */
export const moveForm = z.object({
  meetingId: idField,
  id: idField,
  direction: choice(['up', 'down'] as const),
});

// A draft: the text of a document revision, as the editor and the integration API save it.

const revisionFields = z.object({
  headline: requiredText(300),
  body: requiredText(100_000),
});

export const draftForm = revisionFields.extend({ documentId: idField, baseRevisionId: optionalId });

export const draftBody = revisionFields
  .extend({
    baseRevisionId: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe(
        'The revision the text was edited from (null for the first); a stale one is refused with 409.',
      ),
  })
  .meta({ id: 'DraftRevision' });
