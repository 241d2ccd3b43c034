import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/server/seed';
import { documentOf, makeUser, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { createBody } from './meetings';
import { addDecision } from './meeting-records';
import {
  listArchiveMonthReleases,
  listArchiveYears,
  listFeedReleases,
  listSitemapReleases,
} from './public-archive';
import { getPublishedRelease, listPublishedReleases } from './public-releases';
import { searchReleases } from './search';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  submitForReview,
  withdrawDocument,
} from './workflow';

// The two editions of the public site: each lists its language's releases, and a meeting's release in
// the other language only when the meeting has none published in its own.

let cleanup: () => void;
let secretary: Actor;
let reviewer: Actor;
let leader: Actor;
let english: number;
let chinese: number;
let englishOnly: number;

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
  secretary = await makeUser('ed-secretary', ['secretary']);
  reviewer = await makeUser('ed-reviewer', ['reviewer']);
  leader = await makeUser('ed-leader', ['leader']);
  [english, chinese] = [listPublishedReleases('en').rows[0]!.id, listPublishedReleases('zh').rows[0]!.id];

  // A body that writes English first, and a meeting of it whose English release alone is published.
  const bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'en',
    name: 'the Okapi Valley Council',
    meetingName: 'Council Meeting',
  }).id;
  const meetingId = newMeeting(secretary, bodyId, { sessionNumber: 7, heldOn: '2024-02-26' });
  addDecision(secretary, meetingId, {
    title: 'Pangolin Habitat Measures',
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    agendaItemId: null,
  });
  englishOnly = documentOf(meetingId, 'press_release');
  const { revisionId } = draftReleaseFromRecords(secretary, englishOnly, null);
  submitForReview(secretary, englishOnly);
  approveStep(reviewer, englishOnly, revisionId, '', undefined, { confidentiality: true });
  approveStep(leader, englishOnly, revisionId, '', undefined, { confidentiality: true });
  publishDocument(leader, englishOnly, {}, { now: new Date('2024-02-27T02:00:00Z') });
});
afterAll(() => cleanup());

describe('the editions of the public site', () => {
  it('list their own language’s release of a meeting, and the other’s where there is none', () => {
    expect(ids(listPublishedReleases('en').rows)).toEqual([englishOnly, english]);
    expect(listPublishedReleases('zh')).toMatchObject({
      total: 2,
      rows: [
        { id: englishOnly, language: 'en' },
        { id: chinese, language: 'zh', slug: 'meeting-25-2024-02-23' },
      ],
    });
    expect(ids(listArchiveMonthReleases('zh', 2024, 2))).toEqual([englishOnly, chinese]);
    expect(listArchiveYears('zh')).toEqual([{ year: 2024, count: 2 }]);
    expect(ids(listFeedReleases('zh'))).toEqual([englishOnly, chinese]);
    expect(ids(listFeedReleases('en'))).toEqual([englishOnly, english]);
  });

  it('give each release its published counterpart, for the alternates and the sitemap', () => {
    expect(getPublishedRelease(chinese)!.counterpart).toMatchObject({ id: english, language: 'en' });
    expect(getPublishedRelease(english)!.counterpart).toMatchObject({ id: chinese, language: 'zh' });
    expect(getPublishedRelease(englishOnly)!.counterpart).toBeNull();
    const sitemap = listSitemapReleases({ offset: 0, limit: 10 });
    expect(sitemap.map((r) => [r.id, r.language, r.counterpart?.id ?? null])).toEqual([
      [chinese, 'zh', english],
      [english, 'en', chinese],
      [englishOnly, 'en', null],
    ]);
  });

  it('search their own releases: a Chinese word on the Chinese site, an English one on the English', () => {
    expect(ids(searchReleases('zh', '汽车').rows)).toEqual([chinese]);
    expect(ids(searchReleases('zh', '会议').rows)).toEqual([chinese]);
    expect(ids(searchReleases('en', '汽车').rows)).toEqual([]);
    expect(ids(searchReleases('en', 'vehicle').rows)).toEqual([english]);
    expect(ids(searchReleases('zh', 'vehicle').rows)).toEqual([]);
    // A release the Chinese site has only in English is found there by its English words.
    expect(searchReleases('zh', 'pangolin').rows).toMatchObject([{ id: englishOnly, language: 'en' }]);
  });

  it('list a meeting’s other release once its own is withdrawn', () => {
    withdrawDocument(leader, english, 'Withdrawn for a test.', undefined, { withTranslation: false });
    expect(listPublishedReleases('en').rows).toMatchObject([
      { id: englishOnly },
      { id: chinese, language: 'zh' },
    ]);
    expect(getPublishedRelease(chinese)!.counterpart).toBeNull();
    expect(ids(searchReleases('en', '汽车').rows)).toEqual([chinese]);
  });
});
