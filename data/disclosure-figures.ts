import 'server-only';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { daysBetween, median, type DisclosureFigures } from '@/domain/disclosure-figures';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { getSiteSettings } from './site-settings';

/** The year's figures for the annual disclosure report, the year read in the site's time zone. Admins only. */
export function disclosureFigures(actor: Actor, year: number): DisclosureFigures {
  authorize(actor, 'disclosureFigures.read', {
    attempted: 'disclosureFigures.read',
    type: 'report',
    id: year,
  });
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const from = zonedLocalToInstant(`${year}-01-01T00:00`, timeZone);
  const to = zonedLocalToInstant(`${year + 1}-01-01T00:00`, timeZone);
  const d = schema.documents;
  const firstPublished = and(
    eq(d.visibility, 'public'),
    gte(d.firstPublishedAt, from),
    lt(d.firstPublishedAt, to),
  );

  const disclosed = db
    .select({ kind: d.kind, language: d.language, count: count() })
    .from(d)
    .where(firstPublished)
    .groupBy(d.kind, d.language)
    .orderBy(d.kind, d.language)
    .all();

  const t = schema.transitions;
  const inYear = (column: typeof t.createdAt) => and(gte(column, from), lt(column, to));
  const republications = db
    .select({ at: t.createdAt, first: d.firstPublishedAt })
    .from(t)
    .innerJoin(d, eq(d.id, t.documentId))
    .where(and(eq(t.action, 'publish'), eq(d.visibility, 'public'), inYear(t.createdAt)))
    .all()
    .filter((p) => p.first !== null && p.first < p.at).length;

  const withdrawals = db
    .select({
      documentId: t.documentId,
      at: t.createdAt,
      reason: t.comment,
      headline: schema.revisions.headline,
    })
    .from(t)
    .innerJoin(d, eq(d.id, t.documentId))
    .leftJoin(schema.revisions, eq(schema.revisions.id, d.publishedRevisionId))
    .where(and(eq(t.action, 'withdraw'), inYear(t.createdAt)))
    .orderBy(t.createdAt)
    .all()
    .map((w) => ({ ...w, headline: w.headline ?? '' }));

  const a = schema.approvals;
  const confidentialityReviews =
    db
      .select({ n: count() })
      .from(a)
      .where(and(eq(a.confidentialityConfirmed, true), gte(a.createdAt, from), lt(a.createdAt, to)))
      .get()?.n ?? 0;

  const o = schema.personalDataOverrides;
  const overrides = db
    .select({ kind: o.kind, count: count() })
    .from(o)
    .where(and(gte(o.createdAt, from), lt(o.createdAt, to)))
    .groupBy(o.kind)
    .orderBy(o.kind)
    .all();

  const delays = db
    .select({ heldOn: schema.meetings.heldOn, first: d.firstPublishedAt })
    .from(d)
    .innerJoin(schema.meetings, eq(schema.meetings.id, d.meetingId))
    .where(and(firstPublished, eq(d.kind, 'press_release')))
    .all()
    .map((r) => daysBetween(r.heldOn, isoDateInZone(r.first!, timeZone)));

  return {
    year,
    disclosed,
    corrections: republications,
    withdrawals,
    confidentialityReviews,
    overrides,
    medianDaysToPublication: median(delays),
  };
}
