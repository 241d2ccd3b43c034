import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { releaseTag, TAG } from '@/domain/cache-tags.mjs';
import { seedDemo } from '@/server/seed';
import { demoActor } from '@/scripts/bench/demo-actor';
import { useTempDatabase } from '@/test/support/temp-db';
import { listFollowUp } from './follow-up';
import { updateFollowUpSettings } from './follow-up-acts';
import { expireIssuedDocuments } from './issued-documents';

// Changes outside the workflow that the public sees on pages without tags of their own — public progress of
// follow-up items, an issued document expiring — purge those pages and the meeting's release pages.

let cleanup: () => void;
beforeAll(async () => {
  // Read once by env(), before anything asks it; nothing listens there: only the outbox is read.
  process.env.CACHE_PURGE_URLS = 'http://127.0.0.1:9/';
  cleanup = useTempDatabase();
  await seedDemo();
});
afterAll(() => cleanup());

const lastPurge = () =>
  getDb().select().from(schema.cachePurges).orderBy(desc(schema.cachePurges.id)).limit(1).get()!;

const demoReleaseTags = () =>
  getDb()
    .select({ id: schema.documents.id, kind: schema.documents.kind, meetingId: schema.documents.meetingId })
    .from(schema.documents)
    .all()
    .filter((d) => d.kind === 'press_release' && d.meetingId === 1)
    .map((d) => releaseTag(d.id));

describe('purges after changes outside the workflow', () => {
  it('a follow-up item’s change purges the public pages without tags and its meeting’s releases', () => {
    const secretary = demoActor('secretary');
    const item = listFollowUp(secretary, { meetingId: 1 }).rows[0]!;
    updateFollowUpSettings(secretary, item.id, {
      responsibleLeader: 'Vice Governor',
      reportCycle: 'none',
      disclosed: false,
    });
    const purge = lastPurge();
    expect(purge.cause).toBe('followUp.updated');
    expect(purge.tags.split(' ').sort()).toEqual([...demoReleaseTags(), TAG.public].sort());
  });

  it('an issued document’s expiry does too, once', () => {
    const before = lastPurge().id;
    // The demo policy is in force until 2028-03-05: expired from the next day on.
    const expired = expireIssuedDocuments(new Date('2028-03-07T02:00:00Z'));
    expect(expired.length).toBeGreaterThan(0);
    const purges = getDb()
      .select()
      .from(schema.cachePurges)
      .all()
      .filter((p) => p.id > before);
    expect(purges.map((p) => p.cause)).toEqual(expired.map(() => 'document.expired'));
    expect(purges.every((p) => p.tags.split(' ').includes(TAG.public))).toBe(true);
    expireIssuedDocuments(new Date('2028-03-08T02:00:00Z'));
    expect(lastPurge().id).toBe(purges.at(-1)!.id);
  });
});
