import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '@/data/actor';
import { createBody, listAllBodies } from '@/data/meetings';
import { useTempDatabase } from '@/test/support/temp-db';
import { atomically } from '.';

// Start-up work that awaits midway (the demo hashes passwords) is committed whole or not at all.

let cleanup: () => void;
beforeAll(() => (cleanup = useTempDatabase()));
afterAll(() => cleanup());

const seed = systemActor('seed');
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('atomically', () => {
  it('keeps nothing of work that fails after awaiting, its inner transactions included', async () => {
    await expect(
      atomically(async () => {
        createBody(seed, { originalLanguage: 'en', name: 'First', meetingName: 'Executive Meeting' });
        await pause();
        createBody(seed, { originalLanguage: 'en', name: 'Second', meetingName: 'Executive Meeting' });
        throw new Error('stopped midway');
      }),
    ).rejects.toThrow('stopped midway');
    expect(listAllBodies(systemActor('seed'))).toEqual([]);
  });

  it('commits all of work that completes', async () => {
    const result = await atomically(async () => {
      createBody(seed, { originalLanguage: 'en', name: 'First', meetingName: 'Executive Meeting' });
      await pause();
      createBody(seed, { originalLanguage: 'en', name: 'Second', meetingName: 'Executive Meeting' });
      return 'done';
    });
    expect(result).toBe('done');
    expect(listAllBodies(systemActor('seed')).map((b) => b.name)).toEqual(['First', 'Second']);
  });
});
