import { gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { seedDemo } from '@/server/seed';
import { documentOf, makeUser, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor } from './actor';
import { getDocument } from './documents';
import { createBody, getMeeting, updateMeeting } from './meetings';
import {
  approveStep,
  previewDraftFromRecords,
  publishDocument,
  recallDocument,
  releaseMismatches,
  restoreRevision,
  saveRevision,
  submitForReview,
} from './workflow';
import { getPublishedRelease } from './public-releases';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const refusalKey = (fn: () => unknown) => refusalOf(fn).key;

describe('the demo seed', () => {
  it('publishes the Chinese original, then its English translation, through the real workflow', async () => {
    expect(await seedDemo()).toBe(true);
    const system = systemActor('seed');
    const releases = getMeeting(system, 1).documents.filter((d) => d.kind === 'press_release');
    const original = releases.find((d) => d.translationOfId === null)!;
    const translation = releases.find((d) => d.translationOfId === original.id)!;
    expect([original.language, translation.language]).toEqual(['zh', 'en']);

    const zh = getPublishedRelease(original.id)!;
    expect(zh.headline).toBe('黄强主持召开省政府第25次常务会议');
    expect(zh.body).toMatch(/^2月23日，省委副书记、省长黄强主持召开省政府第25次常务会议，传达学习/);
    expect(zh.body).toContain(
      '会议审议通过《支持新能源与智能网联汽车产业高质量发展若干政策措施》。会议强调，要紧盯',
    );
    expect(zh.body.endsWith('会议还研究了其他事项。')).toBe(true);
    expect(zh.firstPublishedAt.toISOString()).toBe('2024-02-23T08:15:00.000Z');

    const en = getPublishedRelease(translation.id)!;
    expect(en.headline).toBe(
      "Huang Qiang Chairs Executive Meeting of the People's Government of Sichuan Province",
    );
    expect(en.firstPublishedAt.toISOString()).toBe('2024-02-23T10:00:00.000Z');
    for (const id of [original.id, translation.id]) {
      const doc = getDocument(system, id);
      expect(doc.transitions.map((t) => t.action).reverse()).toEqual([
        'save',
        'submit',
        'approve',
        'approve',
        'publish',
      ]);
    }
    // Drafted from the records after the original, the translation is level with it.
    expect(getDocument(system, translation.id).translation?.stale).toBe(false);
    expect(await seedDemo()).toBe(false);
  });
});

describe('the workflow against a real database', () => {
  it('refuses a secretary approving, and a self-approval, and records both refusals', async () => {
    const secretary = await makeUser('sec2', ['secretary']);
    const both = await makeUser('both', ['secretary', 'reviewer']);
    const leader = await makeUser('lead2', ['leader']);
    // A meeting of its own: the demo meeting's minutes are issued already.
    const bodyId = createBody(systemActor('seed'), {
      originalLanguage: 'en',
      name: 'the Test Council',
      meetingName: 'Executive Meeting',
    }).id;
    const doc = { id: documentOf(newMeeting(secretary, bodyId), 'minutes') };

    const { revisionId } = saveRevision(both, {
      documentId: doc.id,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'Text.',
    });
    // Minutes have a one-step chain signed by a leader.
    submitForReview(secretary, doc.id);
    expect(
      refusalKey(() => approveStep(secretary, doc.id, revisionId, '', undefined, { confidentiality: true })),
    ).toBe('workflow.refused.roleRequired');
    const refusalsBefore = getDb()
      .select()
      .from(schema.auditEvents)
      .all()
      .filter((e) => e.action === 'permission.refused').length;
    expect(refusalsBefore).toBeGreaterThanOrEqual(1);

    approveStep(leader, doc.id, revisionId, '', undefined, { confidentiality: true });
    expect(getDocument(leader, doc.id).workingState).toBe('approved');
    publishDocument(leader, doc.id);
    expect(getDocument(leader, doc.id).publicationState).toBe('published');
  });

  it('refuses a stale save and keeps the first one', async () => {
    const a = await makeUser('editor-a', ['secretary']);
    const b = await makeUser('editor-b', ['secretary']);
    const doc = getDb()
      .select()
      .from(schema.documents)
      .all()
      .find((d) => d.kind === 'agenda')!;
    const first = saveRevision(a, {
      documentId: doc.id,
      baseRevisionId: null,
      headline: 'Agenda',
      body: 'A',
    });
    expect(
      refusalKey(() =>
        saveRevision(b, { documentId: doc.id, baseRevisionId: null, headline: 'Agenda', body: 'B' }),
      ),
    ).toBe('documents.staleSave');
    expect(getDocument(a, doc.id).current).toMatchObject({ id: first.revisionId, body: 'A' });
  });

  it("refuses a save or restore of a cancelled meeting's document, as the page offers no editor there", async () => {
    const secretary = await makeUser('sec-cancel', ['secretary']);
    const bodyId = createBody(systemActor('seed'), {
      originalLanguage: 'en',
      name: 'the Cancelling Body',
      meetingName: 'Meeting',
    }).id;
    const meetingId = newMeeting(secretary, bodyId);
    const meeting = getMeeting(secretary, meetingId);
    const minutes = meeting.documents.find((d) => d.kind === 'minutes')!;
    const first = saveRevision(secretary, {
      documentId: minutes.id,
      baseRevisionId: null,
      headline: 'M',
      body: 'B',
    });
    updateMeeting(secretary, meetingId, {
      sessionNumber: meeting.sessionNumber,
      heldOn: meeting.heldOn,
      location: meeting.location,
      chairName: meeting.chairName,
      chairTitle: meeting.chairTitle,
      attendees: meeting.attendees,
      purpose: meeting.purpose,
      status: 'cancelled',
    });

    expect(getDocument(secretary, minutes.id).may.edit).toBe(false);
    const save = () =>
      saveRevision(secretary, {
        documentId: minutes.id,
        baseRevisionId: first.revisionId,
        headline: 'M',
        body: 'C',
      });
    const restore = () => restoreRevision(secretary, minutes.id, first.revisionId, first.revisionId);
    expect(refusalKey(save)).toBe('meetings.cancelled');
    expect(refusalKey(restore)).toBe('meetings.cancelled');
    expect(getDocument(secretary, minutes.id).current).toMatchObject({ id: first.revisionId, body: 'B' });
  });

  it('refuses an approval by the author of the revision (four-eyes)', async () => {
    const author = await makeUser('author', ['secretary', 'leader']);
    const doc = getDb()
      .select()
      .from(schema.documents)
      .all()
      .find((d) => d.kind === 'agenda')!;
    const current = getDocument(author, doc.id).current!;
    const { revisionId } = saveRevision(author, {
      documentId: doc.id,
      baseRevisionId: current.id,
      headline: 'Agenda',
      body: 'C',
    });
    submitForReview(author, doc.id);
    expect(
      refusalKey(() => approveStep(author, doc.id, revisionId, '', undefined, { confidentiality: true })),
    ).toBe('workflow.refused.fourEyesAuthor');
  });

  it('keeps transitions and audit events append-only', () => {
    const db = getDb();
    expect(() =>
      db.update(schema.transitions).set({ comment: 'x' }).where(gte(schema.transitions.id, 0)).run(),
    ).toThrow(/append-only/);
    expect(() => db.delete(schema.auditEvents).where(gte(schema.auditEvents.id, 0)).run()).toThrow(
      /append-only/,
    );
  });
});

describe('recalling a text from review', () => {
  it('refuses a save in review or approved, and opens the editor only after a recall, telling the reviewers', async () => {
    const { bodyId, secretary, reviewer, leader } = await makeCast('recall');
    const meetingId = newMeeting(secretary, bodyId, { heldOn: '2031-06-01' });
    const id = documentOf(meetingId, 'minutes');
    const first = saveRevision(secretary, {
      documentId: id,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'A.',
    });
    submitForReview(secretary, id);
    const save = () =>
      saveRevision(secretary, {
        documentId: id,
        baseRevisionId: getDocument(secretary, id).current!.id,
        headline: 'Minutes',
        body: `Edit ${first.number + 1}.`,
      });
    expect(refusalKey(save)).toBe('workflow.refused.recallFirst');
    expect(getDocument(secretary, id)).toMatchObject({ workingState: 'in_review', reviewStep: 1 });

    const unread = (userId: number) =>
      getDb()
        .select()
        .from(schema.notifications)
        .all()
        .filter((n) => n.userId === userId && n.documentId === id && n.kind === 'recalled').length;
    const change = recallDocument(secretary, id);
    expect(change.to).toEqual({ working: 'draft', step: null, publication: 'none' });
    // Minutes are signed by a leader: the leader's queue loses it, and the leader is told.
    expect(unread(leader.userId)).toBe(1);
    expect(unread(reviewer.userId)).toBe(0);
    expect(save().number).toBe(2);

    submitForReview(secretary, id);
    approveStep(leader, id, getDocument(secretary, id).current!.id, '', undefined, { confidentiality: true });
    expect(refusalKey(save)).toBe('workflow.refused.recallFirst');
    recallDocument(secretary, id);
    expect(getDocument(secretary, id).workingState).toBe('draft');
    expect(refusalKey(() => recallDocument(secretary, id))).toBe('workflow.refused.notInReview');
  });
});

/** A body and its own secretary, reviewer and leader (the seed's names are taken). */
async function makeCast(prefix: string) {
  const bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'en',
    name: 'the Town',
    meetingName: 'Council',
  }).id;
  return {
    bodyId,
    secretary: await makeUser(`${prefix}-sec`, ['secretary']),
    reviewer: await makeUser(`${prefix}-rev`, ['reviewer']),
    leader: await makeUser(`${prefix}-lead`, ['leader']),
  };
}

describe('the consistency check at each approval', () => {
  it('lets a warned text be submitted, and signed only with the approver’s recorded reason', async () => {
    const { bodyId, secretary, reviewer, leader } = await makeCast('check');
    const meetingId = newMeeting(secretary, bodyId, { heldOn: '2031-07-01' });
    const id = documentOf(meetingId, 'press_release');
    const draft = previewDraftFromRecords(secretary, id);
    // The name right in the headline and once in the text, misspelt once more: a warning only.
    const body = `${draft.body}\n\nWang Lim also spoke.`;
    const { revisionId } = saveRevision(secretary, { documentId: id, baseRevisionId: null, ...draft, body });
    expect(releaseMismatches(secretary, id)).toEqual([
      { kind: 'chair_name_near', expected: 'Wang Lin', found: 'Wang Lim', where: 'body' },
    ]);
    submitForReview(secretary, id);

    expect(
      refusalOf(() => approveStep(reviewer, id, revisionId, '', undefined, { confidentiality: true })),
    ).toMatchObject({
      key: 'review.overrideRequired',
      params: { count: 1 },
    });
    expect(getDocument(reviewer, id).reviewStep).toBe(1);
    approveStep(reviewer, id, revisionId, '', undefined, {
      overrideReason: 'Wang Lim is the deputy, not a typo.',
      confidentiality: true,
    });
    const approval = getDb()
      .select()
      .from(schema.approvals)
      .all()
      .find((a) => a.documentId === id)!;
    expect(approval.overrideReason).toBe('Wang Lim is the deputy, not a typo.');
    const event = getDb()
      .select()
      .from(schema.auditEvents)
      .all()
      .findLast((e) => e.action === 'document.approve' && e.subjectId === String(id))!;
    expect(JSON.parse(event.detail)).toMatchObject({
      overrideReason: 'Wang Lim is the deputy, not a typo.',
      findings: [{ kind: 'chair_name_near', found: 'Wang Lim' }],
    });

    // The records change while the text waits for its last step: the check, run again, finds it.
    const meeting = getMeeting(secretary, meetingId);
    updateMeeting(secretary, meetingId, { ...meeting, heldOn: '2031-07-02' });
    expect(
      refusalOf(() => approveStep(leader, id, revisionId, '', undefined, { confidentiality: true })).key,
    ).toBe('review.overrideRequired');
    updateMeeting(secretary, meetingId, { ...meeting });
    approveStep(leader, id, revisionId, '', undefined, {
      overrideReason: 'Checked: the name is right.',
      confidentiality: true,
    });
    expect(getDocument(leader, id).workingState).toBe('approved');
  });
});

describe('submitting the revision the editor showed', () => {
  it('refuses a submission naming a revision that is no longer current, and submits the one named', async () => {
    const { bodyId, secretary } = await makeCast('expected');
    const other = await makeUser('expected-sec2', ['secretary']);
    const minutes = documentOf(newMeeting(secretary, bodyId), 'minutes');
    const first = saveRevision(secretary, {
      documentId: minutes,
      baseRevisionId: null,
      headline: 'M',
      body: 'A',
    });
    // Someone else saves after this editor loaded the first revision.
    const second = saveRevision(other, {
      documentId: minutes,
      baseRevisionId: first.revisionId,
      headline: 'M',
      body: 'B',
    });
    expect(
      refusalKey(() =>
        submitForReview(secretary, minutes, undefined, { expectedRevisionId: first.revisionId }),
      ),
    ).toBe('documents.submitRevisionChanged');
    expect(getDocument(secretary, minutes).workingState).toBe('draft');

    const change = submitForReview(secretary, minutes, undefined, { expectedRevisionId: second.revisionId });
    expect(change).toMatchObject({ revisionId: second.revisionId, to: { working: 'in_review', step: 1 } });
  });
});
