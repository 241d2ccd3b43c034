import { z } from 'zod';
import { CONTENT_LANGUAGES, DECISION_KINDS, DECISION_OUTCOMES } from '@/domain/vocabulary';
import { idField } from '@/domain/validation';

// The shapes of the API's answers and of its query parameters. Responses are checked against these before
// they are sent, and the OpenAPI document is generated from them: the two cannot drift apart.

const id = z.number().int().positive();
const instant = z.iso.datetime().describe('An instant, ISO 8601 in UTC.');
const language = z
  .enum(CONTENT_LANGUAGES)
  .describe('The language of the text: zh (Simplified Chinese) or en.');

export const releaseLinks = z.object({
  self: z.url().describe('This release in the open-data API.'),
  meeting: z.url().describe('The public parts of the meeting it reports.'),
  html: z.url().describe('The canonical public page of the release.'),
});

export const releaseSummary = z
  .object({
    id,
    meetingId: id,
    language,
    headline: z.string(),
    summary: z.string().describe('The first paragraph, as plain text.'),
    url: z.url().describe('The canonical public page of the release.'),
    counterpart: z
      .object({
        id,
        language,
        url: z.url().describe('Its canonical public page.'),
        self: z.url().describe('It in the open-data API.'),
      })
      .nullable()
      .describe('The same meeting’s release in the other language, when that one is published too.'),
    firstPublishedAt: instant,
    updatedAt: instant.describe('The last (re)publication; equals firstPublishedAt until a correction.'),
    links: releaseLinks,
  })
  .meta({ id: 'ReleaseSummary' });

export const release = releaseSummary
  .extend({
    body: z.string().describe('The text of the release, in Markdown (no raw HTML).'),
    bodyFormat: z.literal('markdown'),
    correctionNote: z.string().describe('Shown with a republication that corrected the text; else empty.'),
  })
  .meta({ id: 'Release' });

const pageLink = z.url().nullable();

export const releaseList = z
  .object({
    data: z.array(releaseSummary),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
    totalPages: z.number().int().min(0),
    links: z.object({ self: z.url(), first: z.url(), last: z.url(), prev: pageLink, next: pageLink }),
  })
  .meta({ id: 'ReleaseList' });

export const meeting = z
  .object({
    id,
    language: language.describe('The language of these values: that of the release they were taken with.'),
    body: z.string().describe('The deliberative body, as it reads in a sentence.'),
    meetingName: z.string().describe('What its meetings are called, e.g. "Executive Meeting".'),
    sessionNumber: z.number().int().min(1),
    heldOn: z.iso.date().describe('The day the meeting was held.'),
    chair: z.object({
      name: z.string(),
      titleLine: z.string().describe('The chair’s titles as the release states them; empty if it does not.'),
    }),
    decisions: z
      .array(
        z.object({
          title: z.string().describe('The title of the document as adopted, or the naming phrase.'),
          kind: z.enum(DECISION_KINDS),
          outcome: z.enum(DECISION_OUTCOMES),
        }),
      )
      .describe('The decisions adopted, as far as the published release states them.'),
    release: releaseSummary,
  })
  .meta({ id: 'Meeting' });

export const apiError = z
  .object({
    error: z.object({
      code: z.string().describe('Stable, machine-readable: not_found, gone, invalid_parameters, …'),
      message: z.string(),
      issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

// Query parameters arrive as text.
export const releaseQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  language: z.enum(CONTENT_LANGUAGES).optional().describe('Only releases in this language (zh or en).'),
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('Only releases first published or updated at or after this instant (ISO 8601 date-time).'),
});

// A meeting's public parts are those its release in one language states, in that language.
export const meetingQuery = z.object({
  language: z
    .enum(CONTENT_LANGUAGES)
    .optional()
    .describe('The release (and language) to take the values from; by default the original’s.'),
});

/** A path's record id: decimal digits only, as every id is read (domain/record-id.ts). */
export const pathId = idField;

// The integration API's answers.

export const createdMeeting = z
  .object({
    id,
    duplicateNumber: z.boolean().describe('Another meeting of the body that year has the same number.'),
    documents: z.array(z.object({ id, kind: z.enum(['agenda', 'minutes', 'press_release']) })),
  })
  .meta({ id: 'CreatedMeeting' });

export const createdRecord = z.object({ id }).meta({ id: 'CreatedRecord' });

export const savedRevision = z
  .object({ revisionId: id, number: z.number().int().min(1) })
  .meta({ id: 'SavedRevision' });

export const submittedDocument = z
  .object({
    documentId: id,
    workingState: z.literal('in_review'),
    reviewStep: z.number().int().min(1),
  })
  .meta({ id: 'SubmittedDocument' });
