import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { getDocument } from './documents';
import { issueDocumentFromDecision } from './issued-documents';
import { addDecision } from './meeting-records';
import {
  addEntry,
  meetingLists,
  privateEntryFields,
  removeEntry,
  setListDisclosure,
} from './nomination-entries';

let cleanup: () => void;
let cast: Awaited<ReturnType<typeof makeWorkflowCast>>;
beforeAll(async () => {
  cleanup = useTempDatabase();
  cast = await makeWorkflowCast();
});
afterAll(() => cleanup());

const PRIVATE = {
  idNumber: 'SECRET-ID',
  phone: 'SECRET-PHONE',
  address: 'SECRET-ADDRESS',
  notes: 'SECRET-NOTES',
};

describe('the entries of a nomination list', () => {
  it('are read with their public fields; the private ones only by the secretariat and leaders, audited', async () => {
    const { secretary, reviewer, leader, bodyId } = cast;
    const meetingId = newMeeting(secretary, bodyId, { sessionNumber: 41 });
    const list = addDecision(secretary, meetingId, {
      title: 'the list of nominations',
      kind: 'nomination_list',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    const notice = addDecision(secretary, meetingId, {
      title: 'a notice',
      kind: 'notice',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    const entryId = addEntry(secretary, meetingId, list.id, {
      name: 'Wang Wu',
      unitOrPlace: 'Leshan',
      reason: 'rescue',
      ...PRIVATE,
    });
    expect(
      refusalOf(() =>
        addEntry(secretary, meetingId, notice.id, { name: 'X', unitOrPlace: '', reason: '', ...PRIVATE }),
      ).key,
    ).toBe('nominations.notAList');
    expect(
      refusalOf(() =>
        addEntry(reviewer, meetingId, list.id, { name: 'X', unitOrPlace: '', reason: '', ...PRIVATE }),
      ).kind,
    ).toBe('forbidden');

    const lists = meetingLists(reviewer, meetingId);
    expect(lists).toEqual([
      {
        decisionId: list.id,
        disclosure: 'public',
        entries: [{ id: entryId, position: 1, name: 'Wang Wu', unitOrPlace: 'Leshan', reason: 'rescue' }],
      },
    ]);
    expect(JSON.stringify(lists)).not.toContain('SECRET');

    expect(refusalOf(() => privateEntryFields(reviewer, meetingId, list.id)).kind).toBe('forbidden');
    const admin = await makeUser('entries-admin', ['admin']);
    expect(refusalOf(() => privateEntryFields(admin, meetingId, list.id)).kind).toBe('forbidden');
    const liaison = await makeUser('entries-liaison', ['unit_liaison']);
    expect(refusalOf(() => privateEntryFields(liaison, meetingId, list.id)).kind).toBe('forbidden');
    expect(privateEntryFields(secretary, meetingId, list.id)).toEqual([{ id: entryId, ...PRIVATE }]);
    privateEntryFields(leader, meetingId, list.id);
    const viewings = getDb()
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, 'nominations.privateViewed'),
          eq(schema.auditEvents.subjectId, String(meetingId)),
        ),
      )
      .all();
    expect(viewings).toHaveLength(2);
    // The audit trail names the entry, never its private fields.
    const audit = JSON.stringify(
      getDb()
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.subjectId, String(meetingId)))
        .all(),
    );
    expect(audit).not.toContain('SECRET');

    setListDisclosure(secretary, meetingId, list.id, 'names_only');
    expect(meetingLists(secretary, meetingId)[0]!.disclosure).toBe('names_only');
    removeEntry(secretary, meetingId, list.id, entryId);
    removeEntry(secretary, meetingId, list.id, entryId);
    expect(meetingLists(secretary, meetingId)[0]!.entries).toEqual([]);
  });
});

describe('a list issued as a document', () => {
  it('starts from the list’s public text, with no private field in it', async () => {
    const { secretary, bodyId } = cast;
    const meetingId = newMeeting(secretary, bodyId, { sessionNumber: 42 });
    const list = addDecision(secretary, meetingId, {
      title: 'the list of commended units',
      kind: 'nomination_list',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    addEntry(secretary, meetingId, list.id, {
      name: 'Li Si',
      unitOrPlace: 'Mianyang',
      reason: 'relief',
      ...PRIVATE,
    });
    const { documentId } = issueDocumentFromDecision(secretary, list.id);
    const current = getDocument(secretary, documentId).current!;
    expect(current.headline).toBe('the list of commended units');
    expect(current.body).toContain('Li Si');
    for (const value of Object.values(PRIVATE)) expect(current.body).not.toContain(value);
    // Issuing it again opens the same document, its text as it was.
    expect(issueDocumentFromDecision(secretary, list.id).documentId).toBe(documentId);
    expect(getDocument(secretary, documentId).current!.id).toBe(current.id);
  });
});
