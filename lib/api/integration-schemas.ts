import { z } from 'zod';
import {
  agendaItemFields,
  decisionFields,
  meetingFields,
  revisionFields,
} from '@/actions/_shared/record-schemas';
import { MEETING_STATUSES } from '@/domain/vocabulary';
import { choice, idField } from '@/lib/validation';

// The integration API's request bodies: the same field rules as the workspace forms, shaped for JSON
// (the meeting and document come from the path; ids are numbers, not form text).

export const createMeetingBody = meetingFields
  .extend({ bodyId: idField, status: choice(MEETING_STATUSES).default('held') })
  .meta({ id: 'NewMeeting' });

export const agendaItemBody = agendaItemFields.omit({ meetingId: true }).meta({ id: 'NewAgendaItem' });

export const decisionBody = decisionFields
  .omit({ meetingId: true })
  .extend({ agendaItemId: z.number().int().positive().nullable().default(null) })
  .meta({ id: 'NewDecision' });

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
