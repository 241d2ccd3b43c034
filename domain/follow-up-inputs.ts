import { z } from 'zod';
import { FOLLOW_UP_STATUSES, REPORT_CYCLES } from './follow-up';
import { optionalDeadline } from './minutes-record-inputs';
import { choice, idField, isoDate, optionalText, requiredText } from './validation';

// The forms of the follow-up register. Every item form carries the item's id; the data layer checks who
// may act on it and whether its state allows the act.

const filled = (value: string) => value.trim() !== '';
/** A checkbox: present ("on") when ticked, absent otherwise. */
const checkbox = z
  .literal('on', { message: 'validation.choice' })
  .optional()
  .transform((value) => value === 'on');

const requiredUnit = z
  .union([z.literal(''), idField], { message: 'error.notFound' })
  .optional()
  .refine((id) => typeof id === 'number', { message: 'validation.required' })
  .transform((id) => id as number);

/** "decision:12" or "agenda:7": what the item is taken from. */
const sourceField = z
  .string({ message: 'validation.required' })
  .regex(/^(decision|agenda):\d{1,12}$/, { message: 'validation.required' })
  .transform((value) => {
    const [kind, id] = value.split(':');
    return kind === 'decision' ? { decisionId: Number(id) } : { agendaItemId: Number(id) };
  });

export const newFollowUpForm = z
  .object({
    meetingId: idField,
    from: sourceField,
    task: optionalText(1000),
    taskZh: optionalText(1000),
    leadUnitId: requiredUnit,
    'coUnitIds[]': z.array(idField).optional().default([]),
    deadline: optionalDeadline,
    responsibleLeader: optionalText(200),
    reportCycle: choice(REPORT_CYCLES),
    disclosed: checkbox,
  })
  .superRefine((value, ctx) => {
    if (filled(value.task) || filled(value.taskZh)) return;
    for (const path of ['task', 'taskZh'])
      ctx.addIssue({ code: 'custom', path: [path], message: 'validation.eitherLanguage' });
  })
  .transform(({ 'coUnitIds[]': coUnitIds, ...rest }) => ({ ...rest, coUnitIds }));

export const followUpSettingsForm = z.object({
  itemId: idField,
  responsibleLeader: optionalText(200),
  reportCycle: choice(REPORT_CYCLES),
  disclosed: checkbox,
});

/** A percentage from 0 to 100, or nothing. */
const optionalPercent = z
  .string()
  .trim()
  .optional()
  .default('')
  .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100), { message: 'validation.percent' })
  .transform((v) => (v === '' ? null : Number(v)));

export const progressReportForm = z.object({
  itemId: idField,
  text: requiredText(5000),
  percent: optionalPercent,
  milestone: optionalText(300),
  complete: checkbox,
});

export const extensionRequestForm = z.object({
  itemId: idField,
  deadline: isoDate,
  reason: requiredText(2000),
});

export const extensionAnswerForm = z.object({
  itemId: idField,
  answer: choice(['accept', 'refuse'] as const),
  comment: optionalText(2000),
});

export const completionForm = z.object({ itemId: idField, comment: optionalText(2000) });

export const cancelForm = z.object({ itemId: idField, reason: requiredText(2000) });

/** The register's filters, from the query string; anything unknown is no filter. */
export function registerFilter(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  const id = (key: string) => (/^\d{1,12}$/.test(one(key)) ? Number(one(key)) : undefined);
  const status = (FOLLOW_UP_STATUSES as readonly string[]).includes(one('status'))
    ? (one('status') as (typeof FOLLOW_UP_STATUSES)[number])
    : undefined;
  return { status, unitId: id('unit'), meetingId: id('meeting'), page: id('page') };
}
