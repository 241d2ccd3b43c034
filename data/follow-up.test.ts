import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { addUnit } from './body-directory';
import { addDecision } from './meeting-records';
import { getFollowUpItem, listFollowUp } from './follow-up';
import {
  cancelFollowUpItem,
  confirmCompletion,
  createFollowUpItem,
  decideExtension,
  fileProgressReport,
  requestExtension,
} from './follow-up-acts';
import { listMyReminders, sendFollowUpReminders } from './follow-up-reminders';
import { setUserUnit } from './users';

// Follow-up items through the data layer: the secretariat creates and answers, liaisons report on their
// unit's items only, and the ticker's reminders go out once each (an injected clock, never waiting).

let cleanup: () => void;
let secretary: Actor;
let liaisonA: Actor;
let liaisonB: Actor;
let meetingId: number;
let decisionId: number;
let unitA: number;
let unitB: number;
let unitC: number;

// 2031-05-10 09:00 in Shanghai.
const T0 = new Date('2031-05-10T01:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

beforeAll(async () => {
  cleanup = useTempDatabase();
  const cast = await makeWorkflowCast();
  secretary = cast.secretary;
  const seed = systemActor('seed');
  unitA = addUnit(seed, cast.bodyId, { name: 'Unit A', nameZh: '甲单位' }).id;
  unitB = addUnit(seed, cast.bodyId, { name: 'Unit B', nameZh: '乙单位' }).id;
  unitC = addUnit(seed, cast.bodyId, { name: 'Unit C', nameZh: '丙单位' }).id;
  liaisonA = await makeUser('liaison-a', ['unit_liaison']);
  liaisonB = await makeUser('liaison-b', ['unit_liaison']);
  setUserUnit(seed, (liaisonA as { userId: number }).userId, unitA);
  setUserUnit(seed, (liaisonB as { userId: number }).userId, unitB);
  meetingId = newMeeting(secretary, cast.bodyId);
  decisionId = addDecision(secretary, meetingId, {
    title: 'Measures to support the private economy',
    titleZh: '支持民营经济的措施',
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    emphasisZh: '',
    agendaItemId: null,
  }).id;
});
afterAll(() => cleanup());

const newItem = (leadUnitId: number, coUnitIds: number[], deadline: string | null, when = { now: T0 }) =>
  createFollowUpItem(
    secretary,
    {
      meetingId,
      from: { decisionId },
      task: 'cut the fees',
      taskZh: '降低收费',
      leadUnitId,
      coUnitIds,
      deadline,
      responsibleLeader: 'Vice Governor Li',
      reportCycle: 'none',
      disclosed: false,
    },
    when,
  ).id;

describe('follow-up items', () => {
  it('lets a liaison read and report on their unit’s items only', () => {
    const led = newItem(unitA, [unitC], '2031-05-31');
    const coOperated = newItem(unitC, [unitA], '2031-05-31');
    const other = newItem(unitB, [], '2031-05-31');
    const listed = listFollowUp(liaisonA, {}, { now: T0 }).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([led, coOperated]));
    expect(listed).not.toContain(other);
    expect(refusalOf(() => getFollowUpItem(liaisonA, other)).kind).toBe('forbidden');
    expect(
      refusalOf(() =>
        fileProgressReport(liaisonA, other, { text: 'x', percent: 10, milestone: '', complete: false }),
      ).kind,
    ).toBe('forbidden');
    // The secretariat reads them all, but reports for no unit.
    expect(getFollowUpItem(secretary, other).leadUnit.id).toBe(unitB);
    expect(
      refusalOf(() =>
        fileProgressReport(secretary, led, { text: 'x', percent: 10, milestone: '', complete: false }),
      ).kind,
    ).toBe('forbidden');
  });

  it('moves the deadline on an accepted extension and records the old one', () => {
    const id = newItem(unitA, [], '2031-05-31');
    const { reportId } = fileProgressReport(liaisonA, id, {
      text: 'Draft rules circulated',
      percent: 40,
      milestone: 'draft',
      complete: false,
    });
    expect(reportId).toBeGreaterThan(0);
    requestExtension(
      liaisonA,
      id,
      { deadline: '2031-06-30', reason: 'Consultation takes longer' },
      { now: T0 },
    );
    expect(
      refusalOf(() =>
        requestExtension(liaisonA, id, { deadline: '2031-07-30', reason: 'again' }, { now: T0 }),
      ).kind,
    ).toBe('conflict');
    decideExtension(secretary, id, { accept: true, comment: '' });
    const item = getFollowUpItem(secretary, id, { now: T0 });
    expect(item.deadline).toBe('2031-06-30');
    expect(item.status).toBe('in_progress');
    expect(item.percent).toBe(40);
    expect(item.events.map((e) => e.kind)).toEqual([
      'created',
      'report',
      'extension_requested',
      'extension_accepted',
    ]);
    expect(item.events[3]).toMatchObject({ previousDeadline: '2031-05-31', requestedDeadline: '2031-06-30' });
    const audit = getDb()
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, String(id)))
      .all()
      .map((a) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining(['followUp.created', 'followUp.reported', 'followUp.extensionAccepted']),
    );
  });

  it('refuses an extension to an earlier day, and closes on completion or cancellation', () => {
    const id = newItem(unitA, [], '2031-05-31');
    expect(
      refusalOf(() => requestExtension(liaisonA, id, { deadline: '2031-05-20', reason: 'r' }, { now: T0 }))
        .kind,
    ).toBe('invalid');
    fileProgressReport(liaisonA, id, { text: 'All done', percent: null, milestone: '', complete: true });
    expect(getFollowUpItem(secretary, id).completionReported).toBe(true);
    confirmCompletion(secretary, id, { comment: 'Checked' });
    expect(getFollowUpItem(secretary, id, { now: at(60) }).status).toBe('done');
    expect(
      refusalOf(() =>
        fileProgressReport(liaisonA, id, { text: 'more', percent: 1, milestone: '', complete: false }),
      ).kind,
    ).toBe('conflict');
    const cancelled = newItem(unitA, [], '2031-05-31');
    expect(refusalOf(() => cancelFollowUpItem(secretary, cancelled, { reason: ' ' })).kind).toBe('invalid');
    cancelFollowUpItem(secretary, cancelled, { reason: 'Superseded by a later decision' });
    expect(getFollowUpItem(secretary, cancelled, { now: at(60) })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Superseded by a later decision',
    });
  });

  it('shows an open item overdue from the day after its deadline, in the site’s zone', () => {
    const id = newItem(unitB, [], '2031-05-12');
    // 2031-05-12 23:59 in Shanghai is 15:59 UTC: still in time; 16:00 UTC is the 13th there.
    expect(getFollowUpItem(secretary, id, { now: new Date('2031-05-12T15:59:00Z') }).status).toBe(
      'not_started',
    );
    expect(getFollowUpItem(secretary, id, { now: new Date('2031-05-12T16:00:00Z') }).status).toBe('overdue');
    const overdue = listFollowUp(secretary, { status: 'overdue' }, { now: new Date('2031-05-12T16:00:00Z') });
    expect(overdue.rows.map((r) => r.id)).toContain(id);
  });
});

describe('reminders', () => {
  it('sends due-soon, overdue and report-cycle reminders once each', async () => {
    const id = newItem(unitB, [], '2031-06-20');
    getDb()
      .update(schema.followUpItems)
      .set({ reportCycle: 'monthly' })
      .where(eq(schema.followUpItems.id, id))
      .run();
    const ofItem = (actor: Actor) => listMyReminders(actor, 500).filter((r) => r.itemId === id);
    // 2031-06-10: ten days before, outside the default seven; not the month's last week either.
    sendFollowUpReminders(new Date('2031-06-10T01:00:00Z'));
    expect(ofItem(liaisonB)).toEqual([]);
    // 2031-06-14: six days before the deadline, and in June's last week with no report in June.
    sendFollowUpReminders(new Date('2031-06-14T02:00:00Z'));
    expect(ofItem(liaisonB).map((r) => r.kind)).toEqual(['due_soon']);
    sendFollowUpReminders(new Date('2031-06-24T01:00:00Z'));
    sendFollowUpReminders(new Date('2031-06-24T05:00:00Z'));
    expect(
      ofItem(liaisonB)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['due_soon', 'overdue', 'report_due']);
    // The secretariat hears of the overdue item, not of the rest; another unit's liaison of none.
    expect(ofItem(secretary).map((r) => r.kind)).toEqual(['overdue']);
    expect(ofItem(liaisonA)).toEqual([]);
  });
});
