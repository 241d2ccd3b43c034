import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { isThrottled, recordFailure, throttleKeys } from './signin-throttle';
import { verifyCredentials } from './users';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('sign-in throttling', () => {
  it('lets 10 failures pass, then makes the account wait even for the right password', async () => {
    await makeUser('throttled', ['secretary']);
    for (let i = 0; i < 10; i++)
      expect(await verifyCredentials('throttled', 'wrong-password', 'address-a')).toBeNull();
    expect(isThrottled(throttleKeys('throttled', 'address-b', true))).toBe(false);
    expect(await verifyCredentials('throttled', 'a-long-password', 'address-b')).not.toBeNull();

    for (let i = 0; i < 11; i++) await verifyCredentials('throttled', 'wrong-password', 'address-c');
    expect(await verifyCredentials('throttled', 'a-long-password', 'address-d')).toBeNull();
    const audited = getDb()
      .select()
      .from(schema.auditEvents)
      .all()
      .filter((e) => e.action === 'signin.throttled');
    expect(audited).toHaveLength(1);
  });

  it('doubles the wait with each further failure and forgets failures after the window', () => {
    const keys = ['user:clock', 'address:clock'];
    const t0 = new Date('2030-01-01T00:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    for (let i = 0; i < 10; i++) recordFailure(keys, t0);
    expect(isThrottled(keys, t0)).toBe(false);
    recordFailure(keys, t0); // the 11th: wait 1 s
    expect(isThrottled(keys, at(999))).toBe(true);
    expect(isThrottled(keys, at(1001))).toBe(false);
    recordFailure(keys, at(1001)); // the 12th: wait 2 s
    expect(isThrottled(keys, at(2999))).toBe(true);
    expect(isThrottled(keys, at(3002))).toBe(false);
    recordFailure(keys, at(16 * 60 * 1000)); // past the window: counting starts again
    expect(isThrottled(keys, at(16 * 60 * 1000))).toBe(false);
  });

  it('never lets failures with made-up user names from an address hold back a known account from it', async () => {
    await makeUser('colleague', ['secretary']);
    for (let i = 0; i < 11; i++) await verifyCredentials(`made-up-${i}`, 'x', 'office-proxy');
    // Made-up names from that address now wait; a known account's right password still signs in.
    expect(isThrottled(throttleKeys('made-up-next', 'office-proxy', false))).toBe(true);
    expect(await verifyCredentials('colleague', 'a-long-password', 'office-proxy')).not.toBeNull();
  });

  it('counts a known account’s failures per address as well as per account', async () => {
    await makeUser('guessed', ['secretary']);
    for (let i = 0; i < 11; i++) await verifyCredentials('guessed', 'wrong-password', 'address-f');
    expect(isThrottled([throttleKeys('guessed', 'address-f', true)[1]!])).toBe(true);
    expect(isThrottled([throttleKeys('guessed', 'address-g', true)[1]!])).toBe(false);
  });

  it('answers a throttled unknown user exactly as a throttled real one', async () => {
    for (let i = 0; i < 11; i++) await verifyCredentials('nobody-at-all', 'x', 'address-e');
    expect(await verifyCredentials('nobody-at-all', 'x', 'address-e')).toBeNull();
  });
});
