import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { publishedRecords } from '@/domain/published-statement';
import { isoDateInZone } from '@/domain/dates';
import type { DecisionSummary } from '@/domain/vocabulary';
import { publishedRelease, releasePath } from './public-releases';
import { getSiteSettings } from './site-settings';

// Everything published, read for the portable archive (`npm run export`). Like the public site it needs no
// actor: only published public press releases are read, and of their meetings only what the published
// text itself states (a decision or title line changed since publication does not leak out).

export type ExportedRelease = {
  id: number;
  slug: string;
  /** The year of first publication in the site's time zone, as in the public URL. */
  year: string;
  headline: string;
  /** The public page, relative to the site ("/releases/2024/3-huang-qiang-chairs-…"). */
  url: string;
  publishedAt: string;
  /** The calendar day of first publication in the site's time zone. */
  publishedOn: string;
  updatedAt: string;
  correctionNote: string;
  meeting: {
    id: number;
    body: string;
    name: string;
    number: number;
    date: string;
    chair: string;
    chairTitle: string;
  };
  decisions: DecisionSummary[];
  /** The body, one Markdown paragraph per entry, as published. */
  paragraphs: string[];
};

/** Every published public release, oldest first (then by id), with its meeting's public parts. */
export function listReleasesForExport(): ExportedRelease[] {
  const db = getDb();
  const { timeZone } = getSiteSettings();
  const rows = db
    .select({
      id: schema.documents.id,
      slug: schema.documents.slug,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
      firstPublishedAt: schema.documents.firstPublishedAt,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
      meetingId: schema.meetings.id,
      bodyName: schema.bodies.name,
      meetingName: schema.bodies.meetingName,
      sessionNumber: schema.meetings.sessionNumber,
      heldOn: schema.meetings.heldOn,
      chairName: schema.meetings.chairName,
      chairTitle: schema.meetings.chairTitle,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
    .innerJoin(schema.meetings, eq(schema.meetings.id, schema.documents.meetingId))
    .innerJoin(schema.bodies, eq(schema.bodies.id, schema.meetings.bodyId))
    .where(publishedRelease)
    .orderBy(asc(schema.documents.firstPublishedAt), asc(schema.documents.id))
    .all();

  // Every decision of an exported meeting in one read (no list of ids: an archive has more meetings
  // than SQLite takes parameters), grouped by meeting once rather than searched per release.
  const decisionsByMeeting = new Map<number, DecisionSummary[]>();
  for (const { meetingId, ...decision } of db
    .select({
      meetingId: schema.decisions.meetingId,
      title: schema.decisions.title,
      kind: schema.decisions.kind,
      outcome: schema.decisions.outcome,
    })
    .from(schema.decisions)
    .innerJoin(schema.documents, eq(schema.documents.meetingId, schema.decisions.meetingId))
    .where(publishedRelease)
    .orderBy(asc(schema.decisions.meetingId), asc(schema.decisions.position))
    .all()) {
    const list = decisionsByMeeting.get(meetingId) ?? [];
    list.push(decision);
    decisionsByMeeting.set(meetingId, list);
  }

  return rows.map((r) => {
    const { chairTitle, decisions } = publishedRecords(r.headline, r.body, {
      chairTitle: r.chairTitle,
      decisions: decisionsByMeeting.get(r.meetingId) ?? [],
    });
    const slug = r.slug ?? 'release';
    const publishedOn = isoDateInZone(r.firstPublishedAt!, timeZone);
    const year = publishedOn.slice(0, 4);
    return {
      id: r.id,
      slug,
      year,
      headline: r.headline,
      url: releasePath({ id: r.id, slug, year }),
      publishedAt: r.firstPublishedAt!.toISOString(),
      publishedOn,
      updatedAt: r.lastPublishedAt!.toISOString(),
      correctionNote: r.correctionNote,
      meeting: {
        id: r.meetingId,
        body: r.bodyName,
        name: r.meetingName,
        number: r.sessionNumber,
        date: r.heldOn,
        chair: r.chairName,
        chairTitle,
      },
      decisions,
      paragraphs: r.body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    };
  });
}
