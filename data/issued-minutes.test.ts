import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { documentOf, makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { addUnit } from './body-directory';
import { getDocument } from './documents';
import { listReceivedMinutes, minutesIssueFacts, minutesText } from './issued-minutes';
import { getMeeting } from './meetings';
import { listNotifications } from './notifications';
import { addAgendaItem } from './meeting-records';
import { addAssignment, addAttendee, recordItemOutcome, setMinutesDistribution } from './minutes-records';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  releaseMismatches,
  saveRevision,
  submitForReview,
} from './workflow';

// The minutes from records to their units: drafted and checked against the records, reviewed, issued under
// a number, and read by the liaisons of the units they are distributed to, and by nobody else outside the
// secretariat.

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const system = systemActor('seed');

async function liaisonOf(username: string, unitId: number): Promise<Actor> {
  const liaison = await makeUser(username, ['unit_liaison']);
  getDb().update(schema.users).set({ unitId }).where(eq(schema.users.id, liaison.userId)).run();
  return liaison;
}

describe('minutes issued to their units', () => {
  it('go from the records to the liaisons of the units on their list, numbered, and to nobody else', async () => {
    // The minutes' chain is one step: the leader signs them (签发).
    const { bodyId, secretary, leader } = await makeWorkflowCast();
    const industry = addUnit(system, bodyId, { name: 'the Department of Industry', nameZh: '' }).id;
    const finance = addUnit(system, bodyId, { name: 'the Department of Finance', nameZh: '' }).id;
    const audit = addUnit(system, bodyId, { name: 'the Audit Office', nameZh: '' }).id;
    const meetingId = newMeeting(secretary, bodyId, { heldOn: '2031-04-30' });
    const item = addAgendaItem(secretary, meetingId, {
      kind: 'deliberate_document',
      title: 'Support for vehicle makers',
      presenter: '',
      notes: '',
      stressed: '',
    }).id;
    addAttendee(secretary, meetingId, {
      role: 'absent',
      personId: null,
      name: 'Li Ming',
      nameZh: '',
      title: 'Vice Governor',
      titleZh: '',
      unitId: null,
      reason: 'on official travel',
      reasonZh: '',
    });
    recordItemOutcome(secretary, meetingId, {
      agendaItemId: item,
      deliberation: 'The meeting deliberated the support measures',
      deliberationZh: '',
      conclusion: 'agreed',
    });
    addAssignment(secretary, meetingId, {
      agendaItemId: item,
      task: 'draw up the implementing rules',
      taskZh: '',
      leadUnitId: industry,
      coUnitIds: [finance],
      deadline: '2031-05-31',
    });
    setMinutesDistribution(secretary, meetingId, {
      classification: 'internal',
      main: [industry],
      cc: [finance],
    });

    const minutes = documentOf(meetingId, 'minutes');
    const { revisionId } = draftReleaseFromRecords(secretary, minutes, null);
    const drafted = getDocument(secretary, minutes).current!;
    expect(drafted.headline).toBe(
      "Minutes of the 1st Executive Meeting of the People's Government of Sichuan Province",
    );
    expect(drafted.body).toContain('**Absent:** Li Ming (Vice Governor), on official travel');
    expect(drafted.body).toContain(
      'The Department of Industry is to lead, with the Department of Finance co-operating, and draw up the implementing rules by 31 May 2031.',
    );
    expect(releaseMismatches(secretary, minutes)).toEqual([]);

    // An edit that loses the assignment's deadline is caught before review.
    saveRevision(secretary, {
      documentId: minutes,
      baseRevisionId: revisionId,
      headline: drafted.headline,
      body: drafted.body.replace(' by 31 May 2031', ''),
      source: 'save',
    });
    expect(refusalOf(() => submitForReview(secretary, minutes)).key).toBe(
      'documents.inconsistentWithRecords',
    );
    const redrafted = draftReleaseFromRecords(
      secretary,
      minutes,
      getDocument(secretary, minutes).current!.id,
    );

    const industryLiaison = await liaisonOf('industry-liaison', industry);
    const financeLiaison = await liaisonOf('finance-liaison', finance);
    const auditLiaison = await liaisonOf('audit-liaison', audit);
    // Before they are issued, no unit reads them.
    expect(refusalOf(() => minutesText(industryLiaison, minutes)).kind).toBe('forbidden');
    expect(listReceivedMinutes(industryLiaison)).toEqual([]);

    submitForReview(secretary, minutes);
    approveStep(leader, minutes, redrafted.revisionId, '', undefined, { confidentiality: true });
    publishDocument(leader, minutes, {}, { now: new Date('2031-05-02T02:00:00Z') });
    expect(minutesIssueFacts(secretary, minutes).number).toEqual({ year: 2031, serial: 1 });

    // The liaisons of both units are told; the audit office's is not.
    for (const [liaison, told] of [
      [industryLiaison, true],
      [financeLiaison, true],
      [auditLiaison, false],
    ] as const)
      expect(
        listNotifications(liaison).some((n) => n.kind === 'minutes_received' && n.documentId === minutes),
      ).toBe(told);

    const read = minutesText(industryLiaison, minutes);
    expect(read).toMatchObject({
      draft: false,
      number: { year: 2031, serial: 1 },
      classification: 'internal',
    });
    expect(read.body).toContain('draw up the implementing rules');
    expect(listReceivedMinutes(industryLiaison)).toMatchObject([
      { documentId: minutes, distribution: 'main', number: { year: 2031, serial: 1 } },
    ]);
    expect(listReceivedMinutes(financeLiaison)).toMatchObject([{ documentId: minutes, distribution: 'cc' }]);
    expect(listReceivedMinutes(financeLiaison)[0]!.openedAt).toBeNull();
    expect(minutesIssueFacts(secretary, minutes).reads).toMatchObject([
      { userName: 'industry-liaison', unitName: 'the Department of Industry' },
    ]);

    // A unit not on the list reads nothing; nor does an administrator, or a liaison asking for a draft.
    expect(refusalOf(() => minutesText(auditLiaison, minutes)).kind).toBe('forbidden');
    expect(listReceivedMinutes(auditLiaison)).toEqual([]);
    const admin = await makeUser('admin-only', ['admin']);
    expect(refusalOf(() => getDocument(admin, minutes)).kind).toBe('forbidden');
    expect(refusalOf(() => minutesText(industryLiaison, minutes, revisionId)).kind).toBe('not_found');
    expect(refusalOf(() => getMeeting(industryLiaison, meetingId)).kind).toBe('forbidden');
    // Staff read any revision, marked as a draft unless it is the issued one.
    expect(minutesText(secretary, minutes, revisionId).draft).toBe(true);
    expect(minutesText(secretary, minutes).draft).toBe(false);

    // Corrected and issued again, the minutes keep their number; the next minutes take the next one.
    const second = documentOf(
      newMeeting(secretary, bodyId, { sessionNumber: 2, heldOn: '2031-06-01' }),
      'minutes',
    );
    const { revisionId: secondText } = saveRevision(secretary, {
      documentId: second,
      baseRevisionId: null,
      headline: 'Minutes of the 2nd Executive Meeting',
      body: 'Nothing was assigned.',
      source: 'save',
    });
    submitForReview(secretary, second);
    approveStep(leader, second, secondText, '', undefined, { confidentiality: true });
    publishDocument(leader, second, {}, { now: new Date('2031-06-03T02:00:00Z') });
    expect(minutesIssueFacts(secretary, second).number).toEqual({ year: 2031, serial: 2 });
    expect(refusalOf(() => listReceivedMinutes(secretary)).kind).toBe('forbidden');
  });
});
