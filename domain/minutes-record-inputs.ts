import { z } from 'zod';
import { isIsoDate } from './dates';
import { choice, idField, optionalId, optionalText } from './validation';
import {
  ATTENDANCE_ROLES,
  ITEM_CONCLUSIONS,
  MINUTES_CLASSIFICATIONS,
  type DistributionKind,
} from './vocabulary';

// The forms of the minutes' records: attendance, each agenda item's outcome and assignments, and the
// distribution. Every form carries its meeting's id; the data layer checks that what it names is the
// meeting's (a person, a unit of its body, an agenda item).

const filled = (value: string) => value.trim() !== '';

/**
 * A person at the meeting: picked from the body's people (`personId`; their name, title and unit come with
 * them) or a guest typed in, who needs a name in one language at least. Only an absence has a reason.
 */
export const attendeeForm = z
  .object({
    meetingId: idField,
    personId: optionalId,
    role: choice(ATTENDANCE_ROLES),
    name: optionalText(100),
    nameZh: optionalText(100),
    title: optionalText(300),
    titleZh: optionalText(300),
    unitId: optionalId,
    reason: optionalText(300),
    reasonZh: optionalText(300),
  })
  .superRefine((value, ctx) => {
    if (value.personId !== null || filled(value.name) || filled(value.nameZh)) return;
    for (const path of ['name', 'nameZh'])
      ctx.addIssue({ code: 'custom', path: [path], message: 'validation.eitherLanguage' });
  })
  .transform((value) => (value.role === 'absent' ? value : { ...value, reason: '', reasonZh: '' }));

export const removeAttendeeForm = z.object({ meetingId: idField, attendeeId: idField });

/** "Not recorded" is the empty choice. */
const optionalConclusion = z
  .union([z.literal(''), choice(ITEM_CONCLUSIONS)], { message: 'validation.choice' })
  .optional()
  .transform((value) => value || null);

export const itemOutcomeForm = z.object({
  meetingId: idField,
  agendaItemId: idField,
  deliberation: optionalText(10000),
  deliberationZh: optionalText(10000),
  conclusion: optionalConclusion,
});

/** A deadline typed as YYYY-MM-DD (a date input sends it so), or none. */
export const optionalDeadline = z
  .string({ message: 'validation.date' })
  .trim()
  .optional()
  .default('')
  .refine((value) => value === '' || isIsoDate(value), { message: 'validation.date' })
  .transform((value) => value || null);

/** A unit to choose from a list: nothing chosen is a missing value, not an unknown record. */
const requiredUnit = z
  .union([z.literal(''), idField], { message: 'error.notFound' })
  .optional()
  .refine((id) => typeof id === 'number', { message: 'validation.required' })
  .transform((id) => id as number);

/** Work assigned on an agenda item: a verb phrase in one language at least, its lead unit, co-operating units. */
export const assignmentForm = z
  .object({
    meetingId: idField,
    agendaItemId: idField,
    task: optionalText(1000),
    taskZh: optionalText(1000),
    leadUnitId: requiredUnit,
    'coUnitIds[]': z.array(idField).optional().default([]),
    deadline: optionalDeadline,
  })
  .superRefine((value, ctx) => {
    if (filled(value.task) || filled(value.taskZh)) return;
    for (const path of ['task', 'taskZh'])
      ctx.addIssue({ code: 'custom', path: [path], message: 'validation.eitherLanguage' });
  })
  .transform(({ 'coUnitIds[]': coUnitIds, ...rest }) => ({ ...rest, coUnitIds }));

export const removeAssignmentForm = z.object({ meetingId: idField, assignmentId: idField });

/** What the distribution form says of one unit: not on the list, a main recipient, or copied. */
export const DISTRIBUTION_CHOICES = ['none', 'main', 'cc'] as const;
export type DistributionChoice = (typeof DISTRIBUTION_CHOICES)[number];

/**
 * The distribution form sends one choice per unit, as two lists of the same length (`unitId[]` and
 * `kind[]`): each unit's choice is at its place.
 */
export const distributionForm = z
  .object({
    meetingId: idField,
    classification: choice(MINUTES_CLASSIFICATIONS),
    'unitId[]': z.array(idField).optional().default([]),
    'kind[]': z.array(choice(DISTRIBUTION_CHOICES)).optional().default([]),
  })
  .refine((value) => value['unitId[]'].length === value['kind[]'].length, {
    message: 'validation.invalid',
    path: ['form'],
  })
  .transform(({ meetingId, classification, 'unitId[]': unitIds, 'kind[]': kinds }) => ({
    meetingId,
    classification,
    ...distributionLists(unitIds, kinds),
  }));

/** The main recipients and the copies, in the order the units were listed; a unit chosen twice keeps its first choice. */
export function distributionLists(
  unitIds: readonly number[],
  choices: readonly DistributionChoice[],
): Record<DistributionKind, number[]> {
  const lists: Record<DistributionKind, number[]> = { main: [], cc: [] };
  const seen = new Set<number>();
  unitIds.forEach((unitId, i) => {
    if (seen.has(unitId)) return;
    seen.add(unitId);
    const kind = choices[i];
    if (kind === 'main' || kind === 'cc') lists[kind].push(unitId);
  });
  return lists;
}

/** Each unit's choice on the form, from the distribution as recorded. */
export function distributionChoiceOf(
  distribution: readonly { unitId: number; kind: DistributionKind }[],
  unitId: number,
): DistributionChoice {
  return distribution.find((d) => d.unitId === unitId)?.kind ?? 'none';
}
