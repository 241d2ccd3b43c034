import 'server-only';
import { and, asc, desc, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb, schema } from '@/db';
import type { MeetingStatus, WorkingState } from '@/domain/vocabulary';
import type { Actor } from './actor';
import { authorize } from './authorize';
import type { MeetingSummary } from './meetings';

export type RegisterFilters = {
  /** Matches the chair's name or the body's name (substring), or the session number (exact). */
  q?: string;
  status?: MeetingStatus;
  /** The press release's working state, or 'published' / 'withdrawn' for its publication. */
  releaseState?: WorkingState | 'withdrawn';
  from?: string;
  to?: string;
  sort?: 'date_desc' | 'date_asc' | 'number_desc' | 'number_asc';
};

const SORTS = {
  date_desc: [desc(schema.meetings.heldOn), desc(schema.meetings.id)],
  date_asc: [asc(schema.meetings.heldOn), asc(schema.meetings.id)],
  number_desc: [desc(schema.meetings.sessionNumber), desc(schema.meetings.heldOn)],
  number_asc: [asc(schema.meetings.sessionNumber), asc(schema.meetings.heldOn)],
} as const;

function registerWhere(f: RegisterFilters): SQL | undefined {
  const q = f.q?.trim();
  const release = alias(schema.documents, 'release');
  const releaseMatches =
    f.releaseState === undefined
      ? undefined
      : exists(
          getDb()
            .select({ one: sql`1` })
            .from(release)
            .where(
              and(
                eq(release.meetingId, schema.meetings.id),
                eq(release.kind, 'press_release'),
                f.releaseState === 'withdrawn'
                  ? eq(release.publicationState, 'withdrawn')
                  : eq(release.workingState, f.releaseState),
              ),
            ),
        );
  return and(
    q
      ? or(
          contains(schema.meetings.chairName, q),
          contains(schema.bodies.name, q),
          /^\d+$/.test(q) ? eq(schema.meetings.sessionNumber, Number(q)) : undefined,
        )
      : undefined,
    f.status ? eq(schema.meetings.status, f.status) : undefined,
    f.from ? gte(schema.meetings.heldOn, f.from) : undefined,
    f.to ? lte(schema.meetings.heldOn, f.to) : undefined,
    releaseMatches,
  );
}

/** A case-insensitive substring match in which % and _ mean themselves, not LIKE's wildcards. */
function contains(column: SQLiteColumn, text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`${column} like ${pattern} escape '\\'`;
}

/** The meeting register: one page of meetings with their release's state, filtered, sorted, counted. */
export function listMeetings(
  actor: Actor,
  filters: RegisterFilters = {},
  page = 1,
  pageSize = 25,
): { rows: MeetingSummary[]; total: number } {
  authorize(actor, 'meetings.read', { attempted: 'meetings.list', type: 'meeting' });
  const db = getDb();
  const release = alias(schema.documents, 'release');
  const where = registerWhere(filters);
  const rows = db
    .select({
      id: schema.meetings.id,
      bodyName: schema.bodies.name,
      meetingName: schema.bodies.meetingName,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      chairName: schema.meetings.chairName,
      status: schema.meetings.status,
      releaseState: release.workingState,
      releasePublication: release.publicationState,
    })
    .from(schema.meetings)
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    // The original release: a meeting has one per language, and the register has one row per meeting.
    .leftJoin(
      release,
      and(
        eq(release.meetingId, schema.meetings.id),
        eq(release.kind, 'press_release'),
        isNull(release.translationOfId),
      ),
    )
    .where(where)
    .orderBy(...SORTS[filters.sort ?? 'date_desc'])
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(schema.meetings)
      .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
      .where(where)
      .get()?.n ?? 0;
  // One more query for the page's documents, rather than three joins for every row of the register.
  const documents = rows.length
    ? db
        .select({
          meetingId: schema.documents.meetingId,
          kind: schema.documents.kind,
          language: schema.documents.language,
          translationOfId: schema.documents.translationOfId,
          workingState: schema.documents.workingState,
          publicationState: schema.documents.publicationState,
        })
        .from(schema.documents)
        .where(
          inArray(
            schema.documents.meetingId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(schema.documents.kind), asc(schema.documents.id))
        .all()
    : [];
  return {
    total,
    rows: rows.map((r) => ({
      ...r,
      releaseState: r.releaseState ?? 'draft',
      releasePublication: r.releasePublication ?? 'none',
      documents: documents
        .filter((d) => d.meetingId === r.id)
        .map((d) => ({
          kind: d.kind,
          language: d.language,
          translationOfId: d.translationOfId,
          workingState: d.workingState,
          publicationState: d.publicationState,
        })),
    })),
  };
}
