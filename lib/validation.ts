import { z } from 'zod';
import { isIsoDate } from '@/domain/dates';
import { isMessageKey, type MessageKey, type Translate } from '@/messages';

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

export const positiveInt = z.coerce
  .number(msg('validation.number'))
  .int(msg('validation.number'))
  .min(1, msg('validation.number'));

export const idField = z.coerce
  .number(msg('error.notFound'))
  .int(msg('error.notFound'))
  .positive(msg('error.notFound'));

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
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(
    z.number(msg('error.notFound')).int(msg('error.notFound')).positive(msg('error.notFound')).nullable(),
  );

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
