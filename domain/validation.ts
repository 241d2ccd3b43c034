import { z } from 'zod';
import { isIsoDate } from '@/domain/dates';
import { isMessageKey, type MessageKey, type Translate } from '@/messages';
import { parseRecordId } from './record-id';

// Field schemas whose error messages are catalogue keys; the action helper translates them.
const msg = (key: MessageKey) => ({ message: key });

export const requiredText = (max: number) =>
  z
    .string(msg('validation.required'))
    .trim()
    .min(1, msg('validation.required'))
    .max(max, msg('validation.tooLong'));

// C0 and C1 control characters and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Required text of one line (a name): no line breaks or other control characters. */
export const singleLineText = (max: number) =>
  requiredText(max).refine((value) => !CONTROL.test(value), msg('validation.singleLine'));

export const optionalText = (max: number) =>
  z.string().trim().max(max, msg('validation.tooLong')).optional().default('');

/**
 * A positive whole number in decimal digits (a form's text, or a JSON number), read by the one id parser:
 * never "1e0", "0x1" or " 1", which z.coerce.number() would take for 1.
 */
const decimalInt = (key: MessageKey) =>
  z
    .union([z.string(), z.int().positive()], msg(key))
    .transform((value, ctx) => {
      const n = parseRecordId(value);
      if (n === null) ctx.addIssue({ code: 'custom', ...msg(key) });
      return n ?? z.NEVER;
    })
    .pipe(z.number());

export const positiveInt = decimalInt('validation.number');

/** A record's id; one that is not an id names no record. */
export const idField = decimalInt('error.notFound');

export const isoDate = z.string(msg('validation.date')).trim().refine(isIsoDate, msg('validation.date'));

export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, msg('validation.choice'));

export const password = z
  .string(msg('validation.required'))
  .min(10, msg('validation.passwordLength'))
  .max(200, msg('validation.tooLong'));

export const username = z
  .string(msg('validation.required'))
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, msg('validation.username'));

/** An optional record id from a form ('' when none): a base revision, a linked agenda item. */
export const optionalId = z
  .union([z.literal(''), idField], msg('error.notFound'))
  .optional()
  .transform((id) => (typeof id === 'number' ? id : null));

/** The limits an issue names, for the `{max}` and `{min}` of its catalogue message. */
export function limitsOf(issue: z.ZodError['issues'][number]): { max: string; min: string } {
  return {
    max: 'maximum' in issue ? String(issue.maximum) : '',
    min: 'minimum' in issue ? String(issue.minimum) : '',
  };
}

/**
 * The first problem of each field, in the reader's language: the schemas above carry catalogue keys as
 * their messages, with the limits they name (`{max}`, `{min}`).
 */
export function translatedFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    // A schema without a catalogue message (zod's own wording) still gets a sentence the reader can read.
    errors[field] = t(isMessageKey(issue.message) ? issue.message : 'validation.invalid', limitsOf(issue));
  }
  return errors;
}
