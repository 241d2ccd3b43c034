import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { closeSession, openSession, SESSION_ABSOLUTE_MS } from './sessions';
import { loadSessionUser, setUserDisabled } from './users';
import { systemActor } from './actor';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('sessions', () => {
  it('ends one session at sign-out and leaves the same user’s other sessions open', async () => {
    const { userId } = await makeUser('two-devices', ['secretary']);
    const laptop = openSession(userId);
    const phone = openSession(userId);
    expect(loadSessionUser(userId, 1, laptop)?.id).toBe(userId);

    closeSession(laptop);
    expect(loadSessionUser(userId, 1, laptop)).toBeNull();
    expect(loadSessionUser(userId, 1, phone)?.id).toBe(userId);
  });

  it('refuses a session of another user, an unknown one, an old session version and a disabled user', async () => {
    const { userId } = await makeUser('one-device', ['secretary']);
    const { userId: otherId } = await makeUser('someone-else', ['secretary']);
    const session = openSession(userId);
    expect(loadSessionUser(otherId, 1, session)).toBeNull();
    expect(loadSessionUser(userId, 1, 'no-such-session')).toBeNull();
    expect(loadSessionUser(userId, 0, session)).toBeNull();
    setUserDisabled(systemActor('seed'), userId, true);
    expect(loadSessionUser(userId, 2, session)).toBeNull();
  });

  it('forgets sessions past their absolute lifetime when the next one opens', async () => {
    const { userId } = await makeUser('long-ago', ['secretary']);
    const old = openSession(userId, new Date(Date.now() - SESSION_ABSOLUTE_MS - 1000));
    openSession(userId);
    const ids = getDb()
      .select({ id: schema.sessions.id })
      .from(schema.sessions)
      .all()
      .map((r) => r.id);
    expect(ids).not.toContain(old);
  });
});
