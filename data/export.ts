import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { isoDateInZone } from '@/domain/dates';
import { releasePath } from '@/domain/release-address';
import type { ContentLanguage, DecisionSummary } from '@/domain/vocabulary';
import {
  currentPublication,
  designationColumns,
  headingColumns,
  publishedRelease,
  publishedRevision,
  releaseHeading,
} from './public-release';
import { getSiteSettings } from './site-settings';

// Everything published, read for the portable archive (`npm run export`). Like the public site it needs no
// actor: only published public press releases are read, and of their meetings only the snapshot taken at
// their last publication (records edited since then do not leak out).

export type ExportedRelease = {
  id: number;
  slug: string;
  /** The year of first publication in the site's time zone, as in the public URL. */
  year: string;
  /** The language of its text; the meeting's values below are in it too (its publication's snapshot). */
  language: ContentLanguage;
  headline: string;
  /**
   * The public page, relative to the site, in its language's edition ("/releases/2024/3-huang-qiang-…",
   * "/zh/releases/2024/2-meeting-25-2024-02-23").
   */
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
  const rows = getDb()
    .select({
      ...headingColumns,
      body: schema.revisions.body,
      lastPublishedAt: schema.documents.lastPublishedAt,
      correctionNote: schema.documents.correctionNote,
      meetingId: schema.documents.meetingId,
      designation: designationColumns,
      decisions: schema.publications.decisions,
    })
    .from(schema.documents)
    .innerJoin(schema.revisions, publishedRevision)
    .innerJoin(schema.publications, currentPublication)
    .where(publishedRelease)
    .orderBy(asc(schema.documents.firstPublishedAt), asc(schema.documents.id))
    .all();

  return rows.map((r) => {
    const { id, slug, year, language, headline, firstPublishedAt } = releaseHeading(r, timeZone);
    const path = releasePath({ id, slug, year });
    const m = r.designation;
    // Field by field, in this order: the archive's JSON files are a stable format read by other systems.
    return {
      id,
      slug,
      year,
      language,
      headline,
      url: language === 'zh' ? `/zh${path}` : path,
      publishedAt: firstPublishedAt.toISOString(),
      publishedOn: isoDateInZone(firstPublishedAt, timeZone),
      updatedAt: r.lastPublishedAt!.toISOString(),
      correctionNote: r.correctionNote,
      meeting: {
        id: r.meetingId,
        body: m.bodyName,
        name: m.meetingName,
        number: m.sessionNumber,
        date: m.heldOn,
        chair: m.chairName,
        chairTitle: m.chairTitle,
      },
      decisions: r.decisions,
      paragraphs: r.body
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    };
  });
}
