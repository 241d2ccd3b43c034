import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { listMeetings } from './meeting-register';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('the meeting register', () => {
  it('has one row per meeting, listing both of its releases, the original first', async () => {
    const { bodyId, secretary } = await makeWorkflowCast();
    const meetingId = newMeeting(secretary, bodyId);
    const { rows, total } = listMeetings(secretary);
    expect(total).toBe(1);
    expect(rows.map((r) => r.id)).toEqual([meetingId]);
    expect(rows[0]!.releaseState).toBe('draft');
    const releases = rows[0]!.documents.filter((d) => d.kind === 'press_release');
    expect(releases.map((d) => [d.language, d.translationOfId === null])).toEqual([
      ['en', true],
      ['zh', false],
    ]);
  });
});
