import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { countAnonymousRefusal, summariseAnonymousRefusals } from './anonymous-refusals';
import { useTempDatabase } from '@/test/support/temp-db';

let cleanUp: () => void;
beforeAll(() => {
  cleanUp = useTempDatabase();
});
afterAll(() => cleanUp());

const at = (iso: string) => ({ now: new Date(iso) });
const summaries = () =>
  getDb()
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.subjectType, 'address'))
    .all()
    .map((e) => ({ address: e.subjectId, actorKind: e.actorKind, detail: JSON.parse(e.detail) }));

describe('anonymous refusals', () => {
  it('write one audit event per address and minute, with the counts, once the minute is over', () => {
    for (let i = 0; i < 50; i++)
      countAnonymousRefusal('203.0.113.5', 'POST /api/v1/meetings', at('2031-05-01T10:00:30Z'));
    countAnonymousRefusal('203.0.113.5', 'audit.export', at('2031-05-01T10:00:40Z'));
    countAnonymousRefusal('198.51.100.2', 'audit.export', at('2031-05-01T10:00:50Z'));
    // Still within the minute: nothing in the audit log yet.
    summariseAnonymousRefusals(at('2031-05-01T10:00:59Z'));
    expect(summaries()).toEqual([]);

    summariseAnonymousRefusals(at('2031-05-01T10:01:00Z'));
    expect(summaries()).toEqual([
      {
        address: '198.51.100.2',
        actorKind: 'anonymous',
        detail: {
          reason: 'anonymous',
          minute: '2031-05-01T10:00:00.000Z',
          count: 1,
          attempted: { 'audit.export': 1 },
        },
      },
      {
        address: '203.0.113.5',
        actorKind: 'anonymous',
        detail: {
          reason: 'anonymous',
          minute: '2031-05-01T10:00:00.000Z',
          count: 51,
          attempted: { 'POST /api/v1/meetings': 50, 'audit.export': 1 },
        },
      },
    ]);
    // Summed once: the counts are gone.
    summariseAnonymousRefusals(at('2031-05-01T10:05:00Z'));
    expect(summaries()).toHaveLength(2);
    expect(getDb().select().from(schema.anonymousRefusals).all()).toEqual([]);
  });

  it('sums the minutes that are over when the next refusal is counted', () => {
    countAnonymousRefusal('192.0.2.1', 'actions/x', at('2031-05-02T08:00:10Z'));
    countAnonymousRefusal('192.0.2.1', 'actions/x', at('2031-05-02T08:01:10Z'));
    expect(summaries().filter((s) => s.address === '192.0.2.1')).toHaveLength(1);
    expect(getDb().select().from(schema.anonymousRefusals).all()).toHaveLength(1);
  });
});
