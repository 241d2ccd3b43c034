import { z } from 'zod';
import type { AuditFilters } from '@/data/audit-log';
import type { Translate } from '@/messages';
import { isoDate, positiveInt, translatedFieldErrors } from '@/domain/validation';

// An empty field in a GET form arrives as '' and means "no filter", not "invalid".
const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const schema = z
  .object({
    userId: optional(positiveInt),
    documentId: optional(positiveInt),
    action: optional(z.string().trim().max(100, { message: 'validation.tooLong' })),
    from: optional(isoDate),
    to: optional(isoDate),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'audit.rangeReversed',
    path: ['to'],
  });

export const AUDIT_FILTER_FIELDS = ['userId', 'documentId', 'action', 'from', 'to'] as const;

export type FilterProblem = { field: string; message: string };

/**
 * The filters of the audit page and the export route, from query parameters (the first value of each).
 * Problems come back translated, one per field.
 */
export function parseAuditFilters(
  get: (name: string) => string | undefined,
  t: Translate,
): { ok: true; filters: AuditFilters } | { ok: false; problems: FilterProblem[] } {
  const parsed = schema.safeParse(Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, get(f)])));
  if (parsed.success) return { ok: true, filters: parsed.data };
  const problems = Object.entries(translatedFieldErrors(parsed.error, t));
  return { ok: false, problems: problems.map(([field, message]) => ({ field, message })) };
}

/** The filters as query parameters, for links that must keep them (pages, export). */
export function auditFilterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = filters[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
