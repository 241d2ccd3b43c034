import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISIONS } from '@/db/demo-records';
import { seedDemo } from '@/db/seed';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getDocument } from './documents';
import { addDecision } from './meeting-records';
import { getOpenMeeting, getOpenRelease, listOpenReleases, releasesLastChanged } from './open-data';
import { withdrawDocument } from './workflow';

let cleanup: () => void;
let releaseId: number;
let meetingId: number;
let secretary: Actor;
beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
  secretary = await makeUser('od-secretary', ['secretary']);
  releaseId = listOpenReleases({ page: 1, pageSize: 10 }).rows[0]!.id;
  meetingId = getDocument(secretary, releaseId).meetingId;
});
afterAll(() => cleanup());

describe('open data', () => {
  it('lists published releases with the year and since filters', () => {
    const all = listOpenReleases({ page: 1, pageSize: 10 });
    expect(all.total).toBe(1);
    expect(all.rows[0]).toMatchObject({ id: releaseId, meetingId, year: '2024' });
    expect(listOpenReleases({ page: 1, pageSize: 10, year: 2024 }).total).toBe(1);
    expect(listOpenReleases({ page: 1, pageSize: 10, year: 2023 }).total).toBe(0);
    expect(listOpenReleases({ page: 1, pageSize: 10, since: new Date('2024-02-23T09:00:00Z') }).total).toBe(
      1,
    );
    expect(listOpenReleases({ page: 1, pageSize: 10, since: new Date('2024-02-24T00:00:00Z') }).total).toBe(
      0,
    );
    expect(listOpenReleases({ page: 2, pageSize: 10 }).rows).toEqual([]);
  });

  it('shows of a meeting only what its published release states', () => {
    addDecision(secretary, meetingId, {
      title: 'Plan for a Decision Not Yet Published',
      kind: 'plan',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    const meeting = getOpenMeeting(meetingId)!;
    expect(meeting).toMatchObject({ sessionNumber: 25, heldOn: '2024-02-23', chairName: 'Huang Qiang' });
    expect(meeting.chairTitle).toContain('Governor of the People');
    expect(meeting.decisions.map((d) => d.title)).toEqual(DEMO_DECISIONS.map((d) => d.title));
    expect(meeting.lastModified.getTime()).toBeGreaterThan(meeting.release.lastPublishedAt.getTime());
    // Nothing but the public fields: no location, attendees, purpose, agenda notes, documents or staff.
    expect(Object.keys(meeting).sort()).toEqual([
      'bodyName',
      'chairName',
      'chairTitle',
      'decisions',
      'heldOn',
      'id',
      'lastModified',
      'meetingName',
      'release',
      'sessionNumber',
    ]);
    expect(JSON.stringify(meeting)).not.toContain('od-secretary');
  });

  it('answers withdrawn for a withdrawn release, which leaves the list, the meeting and the change stamp moves', async () => {
    const before = releasesLastChanged()!;
    const leader = await makeUser('od-leader', ['leader']);
    withdrawDocument(leader, releaseId, 'Withdrawn for a test.');
    expect(getOpenRelease(releaseId)).toEqual({ status: 'withdrawn' });
    expect(getOpenRelease(999_999)).toEqual({ status: 'missing' });
    expect(listOpenReleases({ page: 1, pageSize: 10 }).total).toBe(0);
    expect(getOpenMeeting(meetingId)).toBeNull();
    expect(releasesLastChanged()!.getTime()).toBeGreaterThan(before.getTime());
  });
});
