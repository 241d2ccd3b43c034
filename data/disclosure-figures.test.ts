import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/server/seed';
import { makeUser, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { disclosureFigures } from './disclosure-figures';

let cleanup: () => void;
beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
});
afterAll(() => cleanup());

describe('the annual disclosure figures of the demo', () => {
  it('count the demo’s releases, policy documents and interpretations of 2024, their confidentiality reviews, and the days they took', async () => {
    const admin = await makeUser('figures-admin', ['admin']);
    const f = disclosureFigures(admin, 2024);
    expect(f.disclosed).toEqual([
      { kind: 'interpretation', language: 'en', count: 1 },
      { kind: 'interpretation', language: 'zh', count: 1 },
      { kind: 'policy_document', language: 'en', count: 1 },
      { kind: 'policy_document', language: 'zh', count: 1 },
      { kind: 'press_release', language: 'en', count: 1 },
      { kind: 'press_release', language: 'zh', count: 1 },
    ]);
    // Each of the six was signed with the statement on its first step.
    expect(f.confidentialityReviews).toBe(6);
    expect(f.corrections).toBe(0);
    expect(f.withdrawals).toEqual([]);
    expect(f.overrides).toEqual([]);
    // Published the day of the meeting.
    expect(f.medianDaysToPublication).toBe(0);
    expect(disclosureFigures(admin, 2023).disclosed).toEqual([]);
  });

  it('are an administrator’s', async () => {
    const leader = await makeUser('figures-leader', ['leader']);
    expect(refusalOf(() => disclosureFigures(leader, 2024)).kind).toBe('forbidden');
  });
});
