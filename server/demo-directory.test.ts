import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/data/actor';
import { listPeople, listUnits } from '@/data/body-directory';
import { getMeeting, listBodies } from '@/data/meetings';
import { minutesDraftFor } from '@/data/minutes-drafting';
import { addAssignment } from '@/data/minutes-records';
import { DEMO_PEOPLE, DEMO_UNITS } from '@/db/demo-directory';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { seedDemo } from './seed';

let cleanup: () => void;
let secretary: Actor;
beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
  secretary = await makeUser('dd-secretary', ['secretary']);
});
afterAll(() => cleanup());

describe('the demo directory', () => {
  it('gives the demo body its units and people', () => {
    const bodyId = listBodies(secretary)[0]!.id;
    expect(listUnits(secretary, bodyId).map((u) => u.nameZh)).toEqual(DEMO_UNITS.map((u) => u.nameZh));
    expect(listPeople(secretary, bodyId).map((p) => [p.nameZh, p.titleZh])).toEqual(
      DEMO_PEOPLE.map((p) => [p.nameZh, p.titleZh]),
    );
  });

  it('names units so that an assignment reads in both languages', () => {
    const bodyId = listBodies(secretary)[0]!.id;
    const [economy, development, finance] = listUnits(secretary, bodyId);
    // The demo meeting, the register's first.
    const meetingId = 1;
    const meeting = getMeeting(secretary, meetingId);
    addAssignment(secretary, meetingId, {
      agendaItemId: meeting.agendaItems[0]!.id,
      task: 'draw up the implementing rules',
      taskZh: '抓紧制定实施细则',
      leadUnitId: economy!.id,
      coUnitIds: [development!.id, finance!.id],
      deadline: '2024-03-31',
    });
    expect(minutesDraftFor(meeting, 'zh').body).toContain(
      '请省经济和信息化厅牵头，省发展改革委、省财政厅配合，抓紧制定实施细则，于2024年3月31日前完成。',
    );
    expect(minutesDraftFor(meeting, 'en').body).toContain(
      'The Provincial Department of Economy and Information Technology is to lead, with the Provincial Development and Reform Commission and the Provincial Department of Finance co-operating, and draw up the implementing rules by 31 March 2024.',
    );
  });
});
