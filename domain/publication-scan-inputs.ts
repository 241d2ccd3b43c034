import { z } from 'zod';
import type { FindingKey } from './publication-scan';

// A finding as a form names it, in one field: "kind:start-end@part" (body, headline, attachment:name).

export const findingToken = (f: FindingKey): string => `${f.kind}:${f.start}-${f.end}@${f.part}`;

export function parseFindingToken(token: string): FindingKey | null {
  const m = /^([a-z_]+):(\d{1,9})-(\d{1,9})@(headline|body|attachment:.{1,255})$/.exec(token);
  if (!m) return null;
  return { kind: m[1]!, start: Number(m[2]), end: Number(m[3]), part: m[4]! };
}

export const findingKeyField = z
  .string()
  .transform(
    (value, ctx) =>
      parseFindingToken(value) ?? (ctx.addIssue({ code: 'custom', message: 'error.notFound' }), z.NEVER),
  );

/** One finding, or "all" of them. */
export const findingField = z.union([z.literal('all'), findingKeyField]);
