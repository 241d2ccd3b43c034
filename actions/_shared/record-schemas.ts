import { z } from 'zod';
import { AGENDA_ITEM_KINDS, DECISION_KINDS, DECISION_OUTCOMES, MEETING_STATUSES } from '@/domain/vocabulary';
import {
  choice,
  idField,
  isoDate,
  optionalId,
  optionalText,
  positiveInt,
  requiredText,
} from '@/lib/validation';

// The fields of a meeting, an agenda item and a decision, shared by the forms that create and edit them.

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

export const agendaItemFields = z.object({
  meetingId: idField,
  kind: choice(AGENDA_ITEM_KINDS),
  title: requiredText(500),
  presenter: optionalText(200),
  notes: optionalText(4000),
  stressed: optionalText(10000),
});

export const decisionFields = z.object({
  meetingId: idField,
  title: requiredText(500),
  kind: choice(DECISION_KINDS),
  outcome: choice(DECISION_OUTCOMES),
  emphasis: optionalText(10000),
  agendaItemId: optionalId,
});

export const moveFields = z.object({
  meetingId: idField,
  id: idField,
  direction: choice(['up', 'down'] as const),
});

/** The text of a document revision: what the editor and the integration API save. */
export const revisionFields = z.object({
  headline: requiredText(300),
  body: requiredText(100_000),
});
