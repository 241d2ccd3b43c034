import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from '@/data/actor';
import { getDocument } from '@/data/documents';
import { listReceivedMinutes, minutesIssueFacts, minutesText } from '@/data/issued-minutes';
import { getMeeting } from '@/data/meetings';
import { listUsers } from '@/data/users';
import { releaseMismatches } from '@/data/workflow';
import { seedDemo } from './seed';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('the demo minutes', () => {
  it('are drafted from the recorded attendance, conclusions and assignments, signed, issued and read by the demo unit', async () => {
    await seedDemo();
    const system = systemActor('seed');
    const minutesId = getMeeting(system, 1).documents.find((d) => d.kind === 'minutes')!.id;
    const doc = getDocument(system, minutesId);
    expect(doc.language).toBe('zh');
    expect(doc.publicationState).toBe('published');
    expect(doc.transitions.map((t) => t.action).reverse()).toEqual(['save', 'submit', 'approve', 'publish']);
    expect(minutesIssueFacts(system, minutesId).number).toEqual({ year: 2024, serial: 1 });
    expect(releaseMismatches(system, minutesId)).toEqual([]);
    expect(doc.current!.headline).toBe('省政府第25次常务会议纪要');
    expect(doc.current!.body).toContain('**请假：** 陈静（演示）（副省长），因公出差');
    expect(doc.current!.body).toContain(
      '请省经济和信息化厅牵头，省发展改革委、省财政厅配合，按程序以省政府名义印发，同步做好政策解读，于2024年3月6日前完成。',
    );
    expect(doc.current!.body).toContain('**抄送：** 省政府办公厅');

    const liaisonRow = listUsers(system).find((u) => u.username === 'liaison')!;
    const liaison: Actor = { kind: 'user', userId: liaisonRow.id, roles: ['unit_liaison'] };
    expect(listReceivedMinutes(liaison)).toMatchObject([{ documentId: minutesId, distribution: 'main' }]);
    expect(minutesText(liaison, minutesId).draft).toBe(false);
  });
});
