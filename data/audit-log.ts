import 'server-only';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import { and, count, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isIsoDate } from '@/domain/dates';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { summariseAnonymousRefusals } from './anonymous-refusals';
import { recordAudit } from './audit';
import { invalid } from './errors';
import { getSiteSettings } from './site-settings';

export type AuditFilters = {
  userId?: number;
  documentId?: number;
  /** Exact, or a prefix: 'signin.' (and 'signin') match 'signin.succeeded' and 'signin.failed'. */
  action?: string;
  /** Calendar days, 'YYYY-MM-DD', both inclusive, in the site's time zone. */
  from?: string;
  to?: string;
};

export type AuditEventRow = {
  id: number;
  createdAt: Date;
  actorId: number | null;
  actorName: string | null;
  actorKind: 'user' | 'token' | 'system' | 'anonymous';
  action: string;
  subjectType: string;
  subjectId: string;
  detail: string;
};

const events = schema.auditEvents;

/** The first instant of a calendar day in a time zone. */
function startOfDay(isoDate: string, timeZone: string, plusDays = 0): Date {
  const day = new Date(Date.parse(`${isoDate}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
  return zonedLocalToInstant(`${day}T00:00`, timeZone);
}

function actionMatches(action: string): SQL | undefined {
  const prefix = action.endsWith('.') ? action : `${action}.`;
  // substr() rather than LIKE, so '%' and '_' in the filter are plain characters.
  const startsWith = sql`substr(${events.action}, 1, ${[...prefix].length}) = ${prefix}`;
  return action.endsWith('.') ? startsWith : or(eq(events.action, action), startsWith);
}

function whereOf(filters: AuditFilters): SQL | undefined {
  for (const day of [filters.from, filters.to]) {
    if (day !== undefined && !isIsoDate(day)) throw invalid('validation.date');
  }
  const { timeZone } = getSiteSettings();
  return and(
    filters.userId !== undefined ? eq(events.actorId, filters.userId) : undefined,
    filters.documentId !== undefined
      ? and(eq(events.subjectType, 'document'), eq(events.subjectId, String(filters.documentId)))
      : undefined,
    filters.action ? actionMatches(filters.action) : undefined,
    filters.from ? gte(events.createdAt, startOfDay(filters.from, timeZone)) : undefined,
    filters.to ? lt(events.createdAt, startOfDay(filters.to, timeZone, 1)) : undefined,
  );
}

function selectEvents(where: SQL | undefined) {
  return getDb()
    .select({
      id: events.id,
      createdAt: events.createdAt,
      actorId: events.actorId,
      actorName: schema.users.displayName,
      actorKind: events.actorKind,
      action: events.action,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      detail: events.detail,
    })
    .from(events)
    .leftJoin(schema.users, eq(schema.users.id, events.actorId))
    .where(where)
    .orderBy(desc(events.createdAt), desc(events.id))
    .$dynamic();
}

/** One page of matching audit events, newest first. Admins only. */
export function listAuditEvents(
  actor: Actor,
  filters: AuditFilters,
  page: number,
  pageSize: number,
): { rows: AuditEventRow[]; total: number } {
  authorize(actor, 'audit.read', { attempted: 'audit.list', type: 'audit' });
  summariseAnonymousRefusals();
  const where = whereOf(filters);
  const size = Math.min(Math.max(Math.trunc(pageSize), 1), 500);
  const rows = selectEvents(where)
    .limit(size)
    .offset((Math.max(Math.trunc(page), 1) - 1) * size)
    .all();
  const total = getDb().select({ n: count() }).from(events).where(where).get()?.n ?? 0;
  // actor_kind is written only by recordAudit, from the Actor union.
  return { rows: rows as AuditEventRow[], total };
}

const CSV_HEADER = [
  'id',
  'created_at',
  'actor_kind',
  'actor_id',
  'actor_name',
  'action',
  'subject_type',
  'subject_id',
  'detail',
];

/**
 * One RFC 4180 cell; a leading = + - or @ would make a spreadsheet run the cell as a formula. Line breaks and other control characters are written as visible escapes, so every event stays on one
 * line and nothing a user typed (a name) can pass for an event of its own in a line-by-line reader.
 */
export function csvCell(value: string | number | null): string {
  let text = (value === null ? '' : String(value)).replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) =>
      c === '\n'
        ? '\\n'
        : c === '\r'
          ? '\\r'
          : c === '\t'
            ? '\\t'
            : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every matching event as CSV (CRLF line ends), newest first. Admins only; the export itself is audited,
 * with the number of events it holds, before the first line is read. The lines are read `batch` events
 * at a time as the caller consumes them, so exporting a log of a million events holds one batch in memory.
 */
export function auditEventsCsv(
  actor: Actor,
  filters: AuditFilters,
  { batch = 2_000 }: { batch?: number } = {},
): { rows: number; lines: Generator<string> } {
  authorize(actor, 'audit.read', { attempted: 'audit.export', type: 'audit' });
  summariseAnonymousRefusals();
  // The log as it is now: events recorded while the file is written (this export's own, first) stay out.
  const upTo =
    getDb()
      .select({ id: sql<number | null>`max(${events.id})` })
      .from(events)
      .get()?.id ?? 0;
  const where = and(whereOf(filters), lte(events.id, upTo));
  const rows = getDb().select({ n: count() }).from(events).where(where).get()?.n ?? 0;
  recordAudit(actor, { action: 'audit.exported', subjectType: 'audit', detail: { filters, rows } });
  return { rows, lines: csvLines(where, batch) };
}

function* csvLines(where: SQL | undefined, batch: number): Generator<string> {
  yield `${CSV_HEADER.join(',')}\r\n`;
  let last: { createdAt: Date; id: number } | undefined;
  for (;;) {
    // Keyset pagination in the list's order (created_at, id descending): each batch is an index range.
    const after = last
      ? or(
          lt(events.createdAt, last.createdAt),
          and(eq(events.createdAt, last.createdAt), lt(events.id, last.id)),
        )
      : undefined;
    const rows = selectEvents(and(where, after)).limit(batch).all();
    if (rows.length === 0) return;
    yield rows
      .map(
        (r) =>
          `${[
            r.id,
            r.createdAt.toISOString(),
            r.actorKind,
            r.actorId,
            r.actorName,
            r.action,
            r.subjectType,
            r.subjectId,
            r.detail,
          ]
            .map(csvCell)
            .join(',')}\r\n`,
      )
      .join('');
    last = rows.at(-1);
  }
}
