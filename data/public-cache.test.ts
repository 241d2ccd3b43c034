import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '@/data/actor';
import { updateSiteSettings, getSiteSettings } from '@/data/site-settings';
import { useTempDatabase } from '@/test/support/temp-db';
import { untilNextAuditedChange } from './public-cache';

let cleanUp: () => void;
beforeAll(() => {
  cleanUp = useTempDatabase();
});
afterAll(() => cleanUp());

describe('untilNextAuditedChange', () => {
  it('computes once until something is audited, then again', async () => {
    let computed = 0;
    const read = () =>
      untilNextAuditedChange('test:section', async () => {
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

  it('does not keep a failed computation', async () => {
    await expect(
      untilNextAuditedChange('test:failing', () => Promise.reject(new Error('no'))),
    ).rejects.toThrow('no');
    expect(await untilNextAuditedChange('test:failing', async () => 'ok')).toBe('ok');
  });
});
