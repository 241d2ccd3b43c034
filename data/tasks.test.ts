import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { listMyTasks } from './documents';
import { createBody, createMeeting, getMeeting } from './meetings';
import { createUser } from './users';
import { requestChanges, saveRevision, submitForReview } from './workflow';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('my tasks', () => {
  it('lists my drafts, and what was returned to me with the comment', async () => {
    const seed = systemActor('seed');
    const make = async (username: string, roles: ('secretary' | 'leader')[]): Promise<Actor> => ({
      kind: 'user',
      userId: (
        await createUser(seed, { username, displayName: username, password: 'a-long-password', roles })
      ).id,
      roles,
    });
    const secretary = await make('sec', ['secretary']);
    const other = await make('other', ['secretary']);
    const leader = await make('lead', ['leader']);
    const body = createBody(seed, {
      originalLanguage: 'en',
      name: 'the Body',
      meetingName: 'Executive Meeting',
    });
    const meeting = createMeeting(secretary, {
      bodyId: body.id,
      sessionNumber: 1,
      heldOn: '2026-01-05',
      location: '',
      chairName: 'A Chair',
      chairTitle: '',
      attendees: '',
      purpose: '',
      status: 'held',
    });
    const docs = getMeeting(secretary, meeting.id).documents;
    const minutes = docs.find((d) => d.kind === 'minutes')!.id;
    const agenda = docs.find((d) => d.kind === 'agenda')!.id;

    saveRevision(secretary, {
      documentId: minutes,
      baseRevisionId: null,
      headline: 'Minutes',
      body: 'Text.',
    });
    saveRevision(other, { documentId: agenda, baseRevisionId: null, headline: 'Agenda', body: 'Items.' });
    expect(listMyTasks(secretary).map((t) => [t.documentId, t.returned])).toEqual([[minutes, false]]);

    submitForReview(secretary, minutes);
    expect(listMyTasks(secretary)).toEqual([]);
    requestChanges(leader, minutes, 'Name the attendees.');
    expect(listMyTasks(secretary)).toMatchObject([
      { documentId: minutes, returned: true, comment: 'Name the attendees.' },
    ]);
    expect(listMyTasks(leader)).toEqual([]);
  });
});
