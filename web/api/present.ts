import type { z } from 'zod';
import type { OpenMeeting, OpenRelease, OpenReleaseSummary } from '@/data/open-data';
import type { LanguageAddress } from '@/data/public-release';
import { releasePath } from '@/domain/release-address';
import { localePath } from '@/web/public-locale';
import type { meeting, release, releaseSummary } from './schemas';

// Turns the data layer's open-data records into the API's JSON, with absolute links on this site.

/** A release's canonical page: its address in its own language's edition. */
const pageUrl = (r: LanguageAddress, origin: string) => `${origin}${localePath(r.language, releasePath(r))}`;

export function releaseSummaryJson(r: OpenReleaseSummary, origin: string): z.input<typeof releaseSummary> {
  const url = pageUrl(r, origin);
  return {
    id: r.id,
    meetingId: r.meetingId,
    language: r.language,
    headline: r.headline,
    summary: r.summary,
    url,
    counterpart: r.counterpart && {
      id: r.counterpart.id,
      language: r.counterpart.language,
      url: pageUrl(r.counterpart, origin),
      self: `${origin}/api/v1/releases/${r.counterpart.id}`,
    },
    firstPublishedAt: r.firstPublishedAt.toISOString(),
    updatedAt: r.lastPublishedAt.toISOString(),
    links: {
      self: `${origin}/api/v1/releases/${r.id}`,
      // The meeting as this release's publication states it, in its language.
      meeting: `${origin}/api/v1/meetings/${r.meetingId}?language=${r.language}`,
      html: url,
    },
  };
}

export function releaseJson(r: OpenRelease, origin: string): z.input<typeof release> {
  return {
    ...releaseSummaryJson(r, origin),
    body: r.body,
    bodyFormat: 'markdown',
    correctionNote: r.correctionNote,
  };
}

export function meetingJson(m: OpenMeeting, origin: string): z.input<typeof meeting> {
  return {
    id: m.id,
    language: m.language,
    body: m.bodyName,
    meetingName: m.meetingName,
    sessionNumber: m.sessionNumber,
    heldOn: m.heldOn,
    chair: { name: m.chairName, titleLine: m.chairTitle },
    decisions: m.decisions,
    release: releaseSummaryJson(m.release, origin),
  };
}
