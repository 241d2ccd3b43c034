import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISIONS } from '@/db/demo-records';
import { seedDemo } from '@/server/seed';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getDocument } from './documents';
import { addDecision, updateDecision } from './meeting-records';
import { getMeeting, updateMeeting } from './meetings';
import { getOpenMeeting, getOpenRelease, listOpenReleases, releasesLastChanged } from './open-data';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  submitForReview,
  withdrawDocument,
} from './workflow';

let cleanup: () => void;
let releaseId: number;
let chineseId: number;
let meetingId: number;
let secretary: Actor;
let reviewer: Actor;
let leader: Actor;
beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
  secretary = await makeUser('od-secretary', ['secretary']);
  reviewer = await makeUser('od-reviewer', ['reviewer']);
  leader = await makeUser('od-leader', ['leader']);
  releaseId = listOpenReleases({ page: 1, pageSize: 10, language: 'en' }).rows[0]!.id;
  chineseId = listOpenReleases({ page: 1, pageSize: 10, language: 'zh' }).rows[0]!.id;
  meetingId = getDocument(secretary, releaseId).meetingId;
});
afterAll(() => cleanup());

describe('open data', () => {
  it('lists published releases with the year, since and language filters', () => {
    const all = listOpenReleases({ page: 1, pageSize: 10 });
    expect(all.total).toBe(2);
    // Newest first: the English translation was published after its Chinese original.
    expect(all.rows.map((r) => [r.id, r.language])).toEqual([
      [releaseId, 'en'],
      [chineseId, 'zh'],
    ]);
    expect(all.rows[0]).toMatchObject({
      meetingId,
      year: '2024',
      counterpart: { id: chineseId, language: 'zh', year: '2024', slug: 'meeting-25-2024-02-23' },
    });
    expect(all.rows[1]).toMatchObject({ meetingId, counterpart: { id: releaseId, language: 'en' } });
    expect(listOpenReleases({ page: 1, pageSize: 10, year: 2024 }).total).toBe(2);
    expect(listOpenReleases({ page: 1, pageSize: 10, year: 2023 }).total).toBe(0);
    expect(listOpenReleases({ page: 1, pageSize: 10, since: new Date('2024-02-23T09:00:00Z') }).total).toBe(
      1,
    );
    expect(listOpenReleases({ page: 1, pageSize: 10, since: new Date('2024-02-24T00:00:00Z') }).total).toBe(
      0,
    );
    expect(listOpenReleases({ page: 2, pageSize: 10 }).rows).toEqual([]);
  });

  it('shows of a meeting only the public fields its published release states', () => {
    addDecision(secretary, meetingId, {
      title: 'Plan for a Decision Not Yet Published',
      kind: 'plan',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    const meeting = getOpenMeeting(meetingId, 'en')!;
    expect(meeting).toMatchObject({
      language: 'en',
      sessionNumber: 25,
      heldOn: '2024-02-23',
      chairName: 'Huang Qiang',
    });
    expect(meeting.chairTitle).toContain('Governor of the People');
    expect(meeting.decisions.map((d) => d.title)).toEqual(DEMO_DECISIONS.map((d) => d.title));
    // Nothing but the public fields: no location, attendees, purpose, agenda notes, documents or staff.
    expect(Object.keys(meeting).sort()).toEqual([
      'bodyName',
      'chairName',
      'chairTitle',
      'decisions',
      'heldOn',
      'id',
      'language',
      'lastModified',
      'meetingName',
      'release',
      'sessionNumber',
    ]);
    expect(JSON.stringify(meeting)).not.toContain('od-secretary');
  });

  it('shows with the Chinese release the Chinese values, each decision titled as its 《》 name it', () => {
    const meeting = getOpenMeeting(meetingId, 'zh')!;
    expect(meeting).toMatchObject({
      language: 'zh',
      bodyName: '省政府',
      meetingName: '常务会议',
      chairName: '黄强',
      chairTitle: '省委副书记、省长',
      release: { id: chineseId, language: 'zh', counterpart: { id: releaseId } },
    });
    expect(meeting.decisions.map((d) => d.title)).toEqual(DEMO_DECISIONS.map((d) => d.titleZh));
    // Without a language, the original's (the demo body writes Chinese first).
    expect(getOpenMeeting(meetingId)).toEqual(meeting);
  });

  it('keeps showing what was published while the records are edited, until a new publication', async () => {
    const published = getOpenMeeting(meetingId, 'en')!;
    const live = getMeeting(secretary, meetingId);
    updateMeeting(secretary, meetingId, {
      sessionNumber: 26,
      heldOn: '2024-03-01',
      location: live.location,
      chairName: 'Unpublished Chair',
      chairTitle: 'Unpublished Title Line',
      attendees: live.attendees,
      purpose: live.purpose,
      status: live.status,
    });
    // A one-word title found inside a longer adopted one, and an adopted decision now deferred.
    addDecision(secretary, meetingId, {
      title: 'Measures',
      kind: 'measures',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    const notice = live.decisions.find((d) => d.title.startsWith('Notice'))!;
    updateDecision(secretary, meetingId, notice.id, {
      title: notice.title,
      kind: notice.kind,
      outcome: 'deferred',
      emphasis: notice.emphasis,
      agendaItemId: notice.agendaItemId,
    });

    // Everything, Last-Modified included, as it was published.
    expect(getOpenMeeting(meetingId, 'en')).toEqual(published);
    expect(published.lastModified).toEqual(published.release.lastPublishedAt);

    // Published anew, the edits are public, and so is the one-word title the new text names.
    const { revisionId } = draftReleaseFromRecords(
      secretary,
      releaseId,
      getDocument(secretary, releaseId).current!.id,
    );
    submitForReview(secretary, releaseId);
    approveStep(reviewer, releaseId, revisionId, '', undefined, { confidentiality: true });
    approveStep(leader, releaseId, revisionId, '', undefined, { confidentiality: true });
    const at = new Date('2026-03-02T08:00:00Z');
    publishDocument(leader, releaseId, { correctionNote: 'Corrected.' }, { now: at });
    const republished = getOpenMeeting(meetingId, 'en')!;
    expect(republished).toMatchObject({
      sessionNumber: 26,
      heldOn: '2024-03-01',
      chairName: 'Unpublished Chair',
      chairTitle: 'Unpublished Title Line',
      lastModified: at,
    });
    expect(republished.decisions.map((d) => d.title)).toContain('Measures');
    expect(republished.decisions.map((d) => d.title)).not.toContain(notice.title);
  });

  it('answers withdrawn for a withdrawn release, which leaves the list, the meeting and the change stamp moves', async () => {
    const before = releasesLastChanged()!;
    withdrawDocument(leader, releaseId, 'Withdrawn for a test.');
    expect(getOpenRelease(releaseId)).toEqual({ status: 'withdrawn' });
    expect(getOpenRelease(999_999)).toEqual({ status: 'missing' });
    expect(listOpenReleases({ page: 1, pageSize: 10, language: 'en' }).total).toBe(0);
    // The Chinese release stays, with no counterpart now.
    expect(listOpenReleases({ page: 1, pageSize: 10 }).rows).toMatchObject([
      { id: chineseId, counterpart: null },
    ]);
    expect(getOpenMeeting(meetingId, 'en')).toBeNull();
    expect(getOpenMeeting(meetingId)?.language).toBe('zh');
    expect(releasesLastChanged()!.getTime()).toBeGreaterThan(before.getTime());
  });
});
