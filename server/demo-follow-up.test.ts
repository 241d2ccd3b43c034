import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from '@/data/actor';
import { getFollowUpItem, listFollowUp } from '@/data/follow-up';
import { listPublicProgress } from '@/data/follow-up-public';
import { listUsers } from '@/data/users';
import { DEMO_FOLLOW_UPS } from '@/db/demo-follow-up';
import { seedDemo } from './seed';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

// On a day after the demo's overdue measure's deadline and before the others'.
const NOW = { now: new Date('2025-03-01T02:00:00Z') };

describe('the demo follow-up', () => {
  it('follows up the adopted policy’s measures: one in progress with a report, one done, one overdue', async () => {
    await seedDemo();
    const system = systemActor('seed');
    const measures = listFollowUp(system, { meetingId: 1 }, NOW).rows.filter((r) =>
      DEMO_FOLLOW_UPS.some((d) => d.zh === r.taskZh),
    );
    expect(measures.map((m) => [m.taskZh, m.status])).toEqual(
      expect.arrayContaining([
        [DEMO_FOLLOW_UPS[0]!.zh, 'in_progress'],
        [DEMO_FOLLOW_UPS[1]!.zh, 'done'],
        [DEMO_FOLLOW_UPS[2]!.zh, 'overdue'],
        [DEMO_FOLLOW_UPS[3]!.zh, 'not_started'],
      ]),
    );
    const inProgress = getFollowUpItem(system, measures.find((m) => m.status === 'in_progress')!.id);
    expect(inProgress.source).toBe('decision');
    expect(inProgress.events.map((e) => e.kind)).toEqual(['created', 'report']);
    expect(inProgress.percent).toBe(60);

    // The demo liaison's unit leads or co-operates on all four; the public sees the three disclosed.
    const liaisonRow = listUsers(system).find((u) => u.username === 'liaison')!;
    const liaison: Actor = { kind: 'user', userId: liaisonRow.id, roles: ['unit_liaison'] };
    const theirs = listFollowUp(liaison, { meetingId: 1 }, NOW).rows.map((r) => r.taskZh);
    expect(theirs).toEqual(expect.arrayContaining(DEMO_FOLLOW_UPS.map((d) => d.zh)));
    const shown = listPublicProgress({ meetingId: 1 }, NOW).rows.map((r) => r.taskZh);
    expect(shown.sort()).toEqual(
      DEMO_FOLLOW_UPS.filter((d) => d.disclosed)
        .map((d) => d.zh)
        .sort(),
    );
  });
});
