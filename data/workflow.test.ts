import { gte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { seedDemo } from '@/server/seed';
import { makeUser, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor } from './actor';
import { getDocument } from './documents';
import { createBody, getMeeting, updateMeeting } from './meetings';
import { approveStep, publishDocument, restoreRevision, saveRevision, submitForReview } from './workflow';
import { getPublishedRelease, listPublishedReleases } from './public-releases';

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
    const seedRelease = listPublishedReleases().rows[0]!;
    const meetingId = getDocument(secretary, seedRelease.id).meetingId;
    const doc = getDb()
      .select()
      .from(schema.documents)
      .all()
      .find((d) => d.meetingId === meetingId && d.kind === 'minutes')!;

    const { revisionId } = saveRevision(both, {
      documentId: doc.id,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'Text.',
    });
    // Minutes have a one-step chain signed by a leader.
    submitForReview(secretary, doc.id);
    expect(refusalKey(() => approveStep(secretary, doc.id, revisionId))).toBe(
      'workflow.refused.roleRequired',
    );
    const refusalsBefore = getDb()
      .select()
      .from(schema.auditEvents)
      .all()
      .filter((e) => e.action === 'permission.refused').length;
    expect(refusalsBefore).toBeGreaterThanOrEqual(1);

    approveStep(leader, doc.id, revisionId);
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
    expect(refusalKey(() => approveStep(author, doc.id, revisionId))).toBe('workflow.refused.fourEyesAuthor');
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
