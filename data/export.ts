import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import type { DecisionSummary } from '@/domain/vocabulary';
import { currentPublication, publishedRelease, releasePath } from './public-releases';
import { getSiteSettings } from './site-settings';

// Everything published, read for the portable archive (`npm run export`). Like the public site it needs no
// actor: only published public press releases are read, and of their meetings only the snapshot taken at
// their last publication (records edited since then do not leak out).

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
  const { timeZone } = getSiteSettings();
  const p = schema.publications;
  const rows = getDb()
    .select({
      id: schema.documents.id,
      slug: schema.documents.slug,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
      firstPublishedAt: schema.documents.firstPublishedAt,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
      meetingId: schema.documents.meetingId,
      bodyName: p.bodyName,
      meetingName: p.meetingName,
      sessionNumber: p.sessionNumber,
      heldOn: p.heldOn,
      chairName: p.chairName,
      chairTitle: p.chairTitle,
      decisions: p.decisions,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, eq(schema.revisions.id, schema.documents.publishedRevisionId))
    .innerJoin(p, currentPublication)
    .where(publishedRelease)
    .orderBy(asc(schema.documents.firstPublishedAt), asc(schema.documents.id))
    .all();

  return rows.map((r) => {
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
        chairTitle: r.chairTitle,
      },
      decisions: r.decisions,
      paragraphs: r.body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    };
  });
}
