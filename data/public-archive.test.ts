import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { documentOf, makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import {
  countPublishedReleases,
  lastPublicationAt,
  listArchiveMonthCounts,
  listArchiveMonthReleases,
  listArchiveMonths,
  listArchiveYears,
  listFeedReleases,
  listSitemapReleases,
  neighbouringArchiveMonths,
} from './public-archive';
import { plainFirstParagraph } from './public-release';
import { isWithdrawnRelease } from './public-releases';

import {
  approveStep,
  previewDraftFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
  withdrawDocument,
} from './workflow';

// The archive, feeds and sitemap read only published public releases, by the first-published time in the
// site's zone (Asia/Shanghai by default, UTC+8: 16:00Z is midnight of the next day there).

let cleanup: () => void;
let bodyId: number;
let secretary: Actor;
let reviewer: Actor;
let leader: Actor;
let sessionNumber = 0;

/** A fresh meeting's press release saved with this text; published at `publishAt` if given. */
function release(headline: string, body: string, publishAt?: string) {
  const documentId = documentOf(
    newMeeting(secretary, bodyId, { sessionNumber: ++sessionNumber, heldOn: '2023-12-01' }),
    'press_release',
  );
  const before = { now: new Date('2023-12-01T00:00:00Z') };
  // The release must agree with its meeting's records before review: the drafted text follows the lead.
  const records = previewDraftFromRecords(secretary, documentId).body;
  const { revisionId } = saveRevision(
    secretary,
    { documentId, baseRevisionId: null, headline, body: `${body}\n\n${records}` },
    before,
  );
  if (publishAt) {
    submitForReview(secretary, documentId, before);
    approveStep(reviewer, documentId, revisionId, '', before, { confidentiality: true });
    approveStep(leader, documentId, revisionId, '', before, { confidentiality: true });
    publishDocument(leader, documentId, {}, { now: new Date(publishAt) });
  }
  return { documentId, revisionId };
}

let lastOf2023: ReturnType<typeof release>;
let firstOf2024: ReturnType<typeof release>;
let february: ReturnType<typeof release>;
let withdrawn: ReturnType<typeof release>;

beforeAll(async () => {
  cleanup = useTempDatabase();
  ({ bodyId, secretary, reviewer, leader } = await makeWorkflowCast('the Government'));

  lastOf2023 = release('Last of 2023', 'Late on New Year’s Eve.\n\nMore.', '2023-12-31T15:59:59Z');
  firstOf2024 = release('First of 2024', 'Just after midnight.', '2023-12-31T16:00:00Z');
  february = release(
    'February release',
    'On **February 23**, the [meeting](https://example.org) was held.\nIt adopted *five* documents.\n\nSecond paragraph.',
    '2024-02-23T02:00:00Z',
  );
  withdrawn = release('Withdrawn release', 'Gone.', '2024-03-05T02:00:00Z');
  withdrawDocument(leader, withdrawn.documentId, 'Published by mistake.', {
    now: new Date('2024-03-06T00:00:00Z'),
  });
  release('Draft only', 'DRAFT-MARKER never published.');
  // A published release's newer draft stays out of view: the published revision is what is listed.
  saveRevision(
    secretary,
    {
      documentId: february.documentId,
      baseRevisionId: february.revisionId,
      headline: 'DRAFT-MARKER headline',
      body: 'DRAFT-MARKER body',
    },
    { now: new Date('2024-03-01T00:00:00Z') },
  );
});
afterAll(() => cleanup());

describe('the public archive', () => {
  it('counts years by first publication in the site’s time zone, newest first', () => {
    expect(listArchiveYears('en')).toEqual([
      { year: 2024, count: 2 },
      { year: 2023, count: 1 },
    ]);
  });

  it('lists a year’s months, newest first, each with its releases', () => {
    const months = listArchiveMonths('en', 2024);
    expect(months.map((m) => [m.month, m.releases.map((r) => r.headline)])).toEqual([
      [2, ['February release']],
      [1, ['First of 2024']],
    ]);
    expect(months[0]!.releases[0]).toMatchObject({
      id: february.documentId,
      year: '2024',
      slug: 'february-release',
    });
    expect(listArchiveMonths('en', 2023).map((m) => m.month)).toEqual([12]);
    expect(listArchiveMonths('en', 2022)).toEqual([]);
    expect(listArchiveMonths('en', 0)).toEqual([]);
  });

  it('keeps a busy year’s page small: each month counts all its releases and lists at most the newest few', () => {
    const extra = release('Second February release', 'Later that month.', '2024-02-27T02:00:00Z');
    try {
      const [feb, jan] = listArchiveMonths('en', 2024, { perMonth: 1 });
      expect(feb).toMatchObject({ month: 2, count: 2 });
      expect(feb!.releases.map((r) => r.headline)).toEqual(['Second February release']);
      expect(jan).toMatchObject({ month: 1, count: 1 });
      // The month's own page lists all of them, newest first.
      expect(listArchiveMonthReleases('en', 2024, 2).map((r) => r.headline)).toEqual([
        'Second February release',
        'February release',
      ]);
    } finally {
      withdrawDocument(leader, extra.documentId, 'Only for this test.', {
        now: new Date('2024-03-06T00:00:00Z'),
      });
    }
  });

  it('reads a month by the site’s time zone and refuses months that are not one', () => {
    // 2023-12-31T16:00Z is midnight of 1 January 2024 in Shanghai: January's, not December's.
    expect(listArchiveMonthReleases('en', 2024, 1).map((r) => r.headline)).toEqual(['First of 2024']);
    expect(listArchiveMonthReleases('en', 2023, 12).map((r) => r.headline)).toEqual(['Last of 2023']);
    expect(listArchiveMonthReleases('en', 2024, 3)).toEqual([]);
    expect(listArchiveMonthReleases('en', 2024, 0)).toEqual([]);
    expect(listArchiveMonthReleases('en', 2024, 13)).toEqual([]);
    expect(listArchiveMonthReleases('en', 2024, 1.5)).toEqual([]);
  });

  it('names each listed release’s meeting as its publication states it: session and day held', () => {
    // Held 1 December 2023, first published in February 2024: the list carries the meeting's own day.
    const [listed] = listArchiveMonthReleases('en', 2024, 2);
    expect(listed?.meeting).toEqual({
      sessionNumber: 3,
      meetingName: 'Executive Meeting',
      heldOn: '2023-12-01',
    });
    expect(listFeedReleases('en').find((r) => r.headline === 'February release')?.meeting).toEqual(
      listed?.meeting,
    );
  });

  it('finds the nearest months with releases on either side, across years', () => {
    expect(neighbouringArchiveMonths('en', 2024, 1)).toEqual({
      newer: { year: 2024, month: 2 },
      older: { year: 2023, month: 12 },
    });
    // March holds only a withdrawn release: February is the newest month.
    expect(neighbouringArchiveMonths('en', 2024, 2)).toEqual({
      newer: undefined,
      older: { year: 2024, month: 1 },
    });
    expect(neighbouringArchiveMonths('en', 2023, 12)).toEqual({
      newer: { year: 2024, month: 1 },
      older: undefined,
    });
  });

  it('feeds the latest published releases with their first paragraph as plain text', () => {
    const feed = listFeedReleases('en', 20);
    expect(feed.map((r) => r.headline)).toEqual(['February release', 'First of 2024', 'Last of 2023']);
    expect(feed[0]!.summary).toBe('On February 23, the meeting was held. It adopted five documents.');
    expect(feed[1]).toMatchObject({ year: '2024', id: firstOf2024.documentId });
    expect(feed[2]).toMatchObject({ year: '2023', id: lastOf2023.documentId });
    expect(listFeedReleases('en', 1)).toHaveLength(1);
  });

  it('lists every published release for the sitemap, and nothing else', () => {
    const all = { offset: 0, limit: 100 };
    expect(listSitemapReleases(all).map((r) => r.id)).toEqual([
      lastOf2023.documentId,
      firstOf2024.documentId,
      february.documentId,
    ]);
    expect(countPublishedReleases()).toBe(3);
    expect(lastPublicationAt()).toEqual(new Date('2024-02-23T02:00:00Z'));
    // A page at a time, oldest first, for the sitemap's files.
    expect(listSitemapReleases({ offset: 1, limit: 1 }).map((r) => r.id)).toEqual([firstOf2024.documentId]);
    expect(listSitemapReleases({ offset: 3, limit: 1 })).toEqual([]);
    expect(listArchiveMonthCounts('en', 2024)).toEqual([
      { month: 2, count: 1 },
      { month: 1, count: 1 },
    ]);
    const everything = JSON.stringify([
      listArchiveYears('en'),
      listArchiveMonths('en', 2024),
      listArchiveMonths('en', 2023),
      listArchiveMonthReleases('en', 2024, 3),
      listFeedReleases('en'),
      listSitemapReleases(all),
      listArchiveMonthCounts('en', 2024),
    ]);
    expect(everything).not.toMatch(/DRAFT-MARKER|Draft only|Withdrawn release/);
  });
});

describe('plainFirstParagraph', () => {
  it('keeps words and drops Markdown marks', () => {
    expect(plainFirstParagraph('\n\n# A heading\n\nBody')).toBe('A heading');
    expect(plainFirstParagraph('`code` and __strong__ and snake_case_name')).toBe(
      'code and strong and snake_case_name',
    );
    expect(plainFirstParagraph('')).toBe('');
  });
});

describe('a withdrawn release', () => {
  it('is told apart from published ones and from documents that are not public releases', () => {
    expect(isWithdrawnRelease(withdrawn.documentId)).toBe(true);
    expect(isWithdrawnRelease(february.documentId)).toBe(false);
    expect(isWithdrawnRelease(999_999)).toBe(false);
  });
});
