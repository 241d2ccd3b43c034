import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '@/data/actor';
import { seedDemo } from '@/server/seed';
import { makeUser } from '@/test/support/fixtures';
import { updateSiteSettings, getSiteSettings } from '@/data/site-settings';
import { useTempDatabase } from '@/test/support/temp-db';
import { recordAudit } from './audit';
import { untilPublicChange } from './public-cache';
import { listPublishedReleases } from './public-releases';
import { withdrawDocument } from './workflow';

let cleanUp: () => void;
beforeAll(() => {
  cleanUp = useTempDatabase();
});
afterAll(() => cleanUp());

describe('untilPublicChange', () => {
  it('computes once until the site settings change, then again', async () => {
    let computed = 0;
    const read = () =>
      untilPublicChange('test:section', async () => {
        computed++;
        return getSiteSettings().sectionName;
      });
    const first = await read();
    expect(await read()).toBe(first);
    expect(computed).toBe(1);

    updateSiteSettings(systemActor('seed'), { ...getSiteSettings(), sectionName: 'Renamed Section' });
    expect(await read()).toBe('Renamed Section');
    expect(computed).toBe(2);
  });

  it('keeps its value when only the audit log grows (anyone can make it grow)', async () => {
    let computed = 0;
    const read = () => untilPublicChange('test:audited', async () => ++computed);
    await read();
    recordAudit(null, { action: 'permission.refused', subjectType: 'address', subjectId: '203.0.113.9' });
    expect(await read()).toBe(1);
  });

  it('computes again after a release is withdrawn', async () => {
    await seedDemo();
    const listed = () => listPublishedReleases('en').rows.map((r) => r.id);
    const read = () => untilPublicChange('test:published', async () => listed());
    const before = await read();
    expect(before.length).toBeGreaterThan(0);
    withdrawDocument(await makeUser('withdrawing-leader', ['leader']), before[0]!, 'Wrong figures');
    // The English edition now lists the meeting's Chinese release in its place: computed anew.
    expect(await read()).not.toContain(before[0]);
    expect(await read()).toEqual(listed());
  });

  it('does not keep a failed computation', async () => {
    await expect(untilPublicChange('test:failing', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    expect(await untilPublicChange('test:failing', async () => 'ok')).toBe('ok');
  });
});
