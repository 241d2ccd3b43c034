import { z } from 'zod';
import { AGENDA_ITEM_KINDS, DECISION_KINDS, DECISION_OUTCOMES, MEETING_STATUSES } from '@/domain/vocabulary';
import { choice, idField, isoDate, optionalId, optionalText, positiveInt, requiredText } from './validation';

// Fields a release quotes are written in Chinese and English (`…Zh` and the unsuffixed English one). A
// record needs a name or title in at least one of them; the other may wait for its translation.

/** Requires at least one of each pair of bilingual fields, reporting the miss on both. */
export function eitherLanguage<T extends z.ZodObject>(schema: T, pairs: [string, string][]) {
  return schema.superRefine((value, ctx) => {
    const filled = (key: string) => String((value as Record<string, unknown>)[key] ?? '').trim() !== '';
    for (const [en, zh] of pairs) {
      if (filled(en) || filled(zh)) continue;
      for (const path of [en, zh])
        ctx.addIssue({ code: 'custom', path: [path], message: 'validation.eitherLanguage' });
    }
  });
}

// What is written of a meeting's records — a meeting, an agenda item, a decision, a draft of a document —
// whether through the workspace forms or the integration API: one home per input, so the field rules are
// written once. The forms carry the records' ids as form text in hidden fields; the API's bodies are
// derived from the same fields, shaped for JSON (the meeting or document comes from the path, ids are
// numbers), and the OpenAPI document is generated from them.

// A meeting.

const meetingShape = z.object({
  sessionNumber: positiveInt,
  heldOn: isoDate,
  location: optionalText(200),
  chairName: optionalText(100),
  chairNameZh: optionalText(100),
  chairTitle: optionalText(400),
  chairTitleZh: optionalText(400),
  attendees: optionalText(2000),
  purpose: optionalText(4000),
  purposeZh: optionalText(4000),
  status: choice(MEETING_STATUSES),
});
const meetingPairs: [string, string][] = [['chairName', 'chairNameZh']];

export const meetingFields = eitherLanguage(meetingShape, meetingPairs);

export const newMeetingForm = eitherLanguage(meetingShape.extend({ bodyId: idField }), meetingPairs);

export const meetingEditForm = eitherLanguage(meetingShape.extend({ meetingId: idField }), meetingPairs);

export const createMeetingBody = eitherLanguage(
  meetingShape.extend({ bodyId: idField, status: choice(MEETING_STATUSES).default('held') }),
  meetingPairs,
).meta({ id: 'NewMeeting' });

// An agenda item.

const agendaItemShape = z.object({
  meetingId: idField,
  kind: choice(AGENDA_ITEM_KINDS),
  title: optionalText(500),
  titleZh: optionalText(500),
  presenter: optionalText(200),
  notes: optionalText(4000),
  stressed: optionalText(10000),
  stressedZh: optionalText(10000),
});
const titlePairs: [string, string][] = [['title', 'titleZh']];

export const agendaItemForm = eitherLanguage(agendaItemShape, titlePairs);

export const agendaItemEditForm = eitherLanguage(agendaItemShape.extend({ id: idField }), titlePairs);

export const agendaItemBody = eitherLanguage(agendaItemShape.omit({ meetingId: true }), titlePairs).meta({
  id: 'NewAgendaItem',
});

// A decision.

const decisionShape = z.object({
  meetingId: idField,
  title: optionalText(500),
  titleZh: optionalText(500),
  kind: choice(DECISION_KINDS),
  outcome: choice(DECISION_OUTCOMES),
  emphasis: optionalText(10000),
  emphasisZh: optionalText(10000),
  agendaItemId: optionalId,
});

export const decisionForm = eitherLanguage(decisionShape, titlePairs);

export const decisionEditForm = eitherLanguage(decisionShape.extend({ id: idField }), titlePairs);

export const decisionBody = eitherLanguage(
  decisionShape
    .omit({ meetingId: true })
    .extend({ agendaItemId: z.number().int().positive().nullable().default(null) }),
  titlePairs,
).meta({ id: 'NewDecision' });

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

// A translation's editor also sends the original's revision it showed beside the text.
export const draftForm = revisionFields.extend({
  documentId: idField,
  baseRevisionId: optionalId,
  translatedFromRevisionId: optionalId,
});

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
