import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db, type Tx } from '@/db';
import type { ImportPlan } from '@/domain/release-import-plan';

// A meeting's two releases come from two files, one per language, imported in either order: the first
// makes the meeting from its language's records, the second joins it, filling its own language's columns
// (left empty by the first) and its own release, which insertMeeting already linked to the original.

/** The record columns each language fills. */
const COLUMNS = {
  en: { chairName: 'chairName', chairTitle: 'chairTitle', purpose: 'purpose', title: 'title' },
  zh: { chairName: 'chairNameZh', chairTitle: 'chairTitleZh', purpose: 'purposeZh', title: 'titleZh' },
} as const;

/** A new meeting's records in the plan's language; the other language's stay empty until its file comes. */
export function meetingColumns(plan: ImportPlan) {
  const c = COLUMNS[plan.language];
  return { [c.chairName]: plan.chairName, [c.chairTitle]: plan.chairTitle, [c.purpose]: plan.purpose } as {
    chairName?: string;
    chairNameZh?: string;
    chairTitle?: string;
    chairTitleZh?: string;
    purpose?: string;
    purposeZh?: string;
  };
}

export function decisionTitleColumns(plan: ImportPlan, title: string) {
  return plan.language === 'zh' ? { title: '', titleZh: title } : { title, titleZh: '' };
}

/**
 * The body a release names. English: by name and meeting name, however the article and case are written,
 * else the body whose English name is still empty and which holds this release's meeting (its Chinese
 * release was imported first): with `adopt`, inside the import's transaction, it then takes this name; a
 * preview only finds it, and writes nothing. Chinese ("省政府" abbreviates the body): by its Chinese or English name, else the register's
 * only body.
 */
export function findBodyFor(tx: Db | Tx, plan: ImportPlan, { adopt = false } = {}): number | null {
  const bodies = tx
    .select({
      id: schema.bodies.id,
      name: schema.bodies.name,
      nameZh: schema.bodies.nameZh,
      meetingName: schema.bodies.meetingName,
    })
    .from(schema.bodies)
    .all();
  const same = (a: string, b: string) => comparable(a) === comparable(b);
  if (plan.language === 'zh') {
    const named = bodies.find((b) => same(b.nameZh, plan.bodyName) || same(b.name, plan.bodyName));
    return named?.id ?? (bodies.length === 1 ? bodies[0]!.id : null);
  }
  const named = bodies.find((b) => same(b.name, plan.bodyName) && same(b.meetingName, plan.meetingName));
  if (named) return named.id;
  // Only the body that holds this very meeting: any other unnamed body is another government's.
  const holder = bodies.find(
    (b) =>
      !b.name.trim() &&
      tx
        .select({ id: schema.meetings.id })
        .from(schema.meetings)
        .where(
          and(
            eq(schema.meetings.bodyId, b.id),
            eq(schema.meetings.sessionNumber, plan.sessionNumber),
            eq(schema.meetings.heldOn, plan.heldOn),
          ),
        )
        .get(),
  );
  if (!holder) return null;
  if (adopt) {
    tx.update(schema.bodies)
      .set({ name: plan.bodyName, meetingName: plan.meetingName })
      .where(eq(schema.bodies.id, holder.id))
      .run();
  }
  return holder.id;
}

export const comparable = (name: string) =>
  name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * The release in the plan's language of a meeting whose other release was imported and whose own is
 * still empty: the file joins that meeting. Null when the meeting was made by hand, or this language's
 * release has text (then the import refuses, as for any meeting already in the register).
 */
export function joinableRelease(tx: Db | Tx, meetingId: number, plan: ImportPlan): number | null {
  const releases = tx
    .select({ id: schema.documents.id, language: schema.documents.language })
    .from(schema.documents)
    .where(and(eq(schema.documents.meetingId, meetingId), eq(schema.documents.kind, 'press_release')))
    .all();
  const own = releases.find((r) => r.language === plan.language);
  const other = releases.find((r) => r.language !== plan.language);
  if (!own || !other) return null;
  const hasText = tx
    .select({ id: schema.revisions.id })
    .from(schema.revisions)
    .where(eq(schema.revisions.documentId, own.id))
    .get();
  const otherImported = tx
    .select({ id: schema.publications.documentId })
    .from(schema.publications)
    .where(and(eq(schema.publications.documentId, other.id), eq(schema.publications.action, 'import')))
    .get();
  return !hasText && otherImported ? own.id : null;
}

/**
 * Fills the plan's language's columns of a meeting and its decisions where they are empty. Decisions pair
 * by position when both releases list as many; otherwise nothing is paired and a warning says so.
 */
export function fillLanguage(tx: Tx, meetingId: number, plan: ImportPlan, warnings: string[]): void {
  const c = COLUMNS[plan.language];
  const meeting = tx.select().from(schema.meetings).where(eq(schema.meetings.id, meetingId)).get()!;
  const fill: Record<string, string> = {};
  for (const [column, value] of Object.entries(meetingColumns(plan))) {
    if (!String(meeting[column as keyof typeof meeting] ?? '').trim() && value) fill[column] = value;
  }
  if (Object.keys(fill).length)
    tx.update(schema.meetings).set(fill).where(eq(schema.meetings.id, meetingId)).run();

  const decisions = tx
    .select({ id: schema.decisions.id, title: schema.decisions[c.title] })
    .from(schema.decisions)
    .where(eq(schema.decisions.meetingId, meetingId))
    .orderBy(asc(schema.decisions.position))
    .all();
  if (decisions.length !== plan.decisions.length) {
    warnings.push(
      `the meeting lists ${decisions.length} decision(s), this release ${plan.decisions.length}: titles in this language not paired (add them in the meeting's decisions)`,
    );
    return;
  }
  decisions.forEach((d, i) => {
    if (d.title.trim()) return;
    tx.update(schema.decisions)
      .set({ [c.title]: plan.decisions[i]!.title })
      .where(eq(schema.decisions.id, d.id))
      .run();
  });
}
