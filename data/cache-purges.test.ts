import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor } from './actor';
import { deliverDuePurges, forgetOldPurges, purgeOverview, recordPurge } from './cache-purges';
import { getSiteSettings, updateSiteSettings } from './site-settings';

// The outbox against two caches on loopback: one acknowledges, the other answers 503 until told otherwise.

let cleanup: () => void;
const servers: Server[] = [];
const received: { cache: string; tags: string }[] = [];
let failing = true;
let good = '';
let flaky = '';

async function cache(name: string, answer: () => number): Promise<string> {
  const server = createServer((request, response) => {
    received.push({ cache: name, tags: String(request.headers['xkey-purge']) });
    response.statusCode = request.method === 'PURGE' ? answer() : 405;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const rows = () => getDb().select().from(schema.cachePurgeDeliveries).all();

beforeAll(async () => {
  good = await cache('good', () => 200);
  flaky = await cache('flaky', () => (failing ? 503 : 200));
  // Read once by env(), before anything asks it.
  process.env.CACHE_PURGE_URLS = `${good}, ${flaky}`;
  cleanup = useTempDatabase();
});

afterAll(() => {
  cleanup();
  for (const server of servers) server.close();
});

describe('the purge outbox', () => {
  it('is written in the change’s own transaction: a rolled-back change leaves no purge', () => {
    expect(() =>
      getDb().transaction((tx) => {
        recordPurge(tx, ['gz-home'], 'test');
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    expect(rows()).toEqual([]);
  });

  it('a settings change purges every public answer at every configured cache', () => {
    updateSiteSettings(systemActor('seed'), getSiteSettings());
    expect(rows().map((r) => [r.target, r.deliveredAt])).toEqual([
      [good, null],
      [flaky, null],
    ]);
    expect(getDb().select().from(schema.cachePurges).get()).toMatchObject({
      tags: 'gz-all',
      cause: 'settings.updated',
    });
  });

  it('delivers to the cache that acknowledges; retries the other with backoff until it does', async () => {
    getDb().transaction((tx) => recordPurge(tx, ['gz-release-7', 'gz-home'], 'document.publish'));
    expect(await deliverDuePurges()).toBe(2);
    // One request per cache for everything due, the tags joined.
    expect(received.filter((r) => r.cache === 'good').map((r) => r.tags)).toEqual([
      'gz-all gz-release-7 gz-home',
    ]);
    const waiting = rows().filter((r) => r.target === flaky);
    expect(waiting.map((r) => [r.attempts, r.deliveredAt, r.lastError])).toEqual([
      [1, null, 'HTTP 503'],
      [1, null, 'HTTP 503'],
    ]);
    expect(waiting[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not yet due: nothing is sent.
    const before = received.length;
    await deliverDuePurges();
    expect(received.length).toBe(before);

    failing = false;
    expect(await deliverDuePurges(new Date(Date.now() + 60_000))).toBe(2);
    expect(rows().every((r) => r.deliveredAt !== null)).toBe(true);
    expect(purgeOverview(systemActor('seed'))).toMatchObject({ pending: 0, failing: 0 });
  });

  it('forgets purges delivered everywhere after a month, never one still waiting', () => {
    getDb().transaction((tx) => recordPurge(tx, ['gz-feeds'], 'document.withdraw'));
    forgetOldPurges(new Date(Date.now() + 31 * 86_400_000));
    expect(
      getDb()
        .select()
        .from(schema.cachePurges)
        .all()
        .map((p) => p.tags),
    ).toEqual(['gz-feeds']);
    expect(rows()).toHaveLength(2);
  });
});
