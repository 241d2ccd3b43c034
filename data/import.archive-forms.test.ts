import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getDocument } from './documents';
import { importReleases, type ImportVerdict } from './import';
import { getMeeting } from './meetings';

// Archive texts as older releases wrote them, through the whole import: a body only the register knows,
// a year only the release's date gives, passive and lead-in adoptions, a file cut short.

const PGSP = "the People's Government of Sichuan Province";

function page(headline: string, ...paragraphs: string[]) {
  return ['Open Governance', headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

const created = (v: ImportVerdict) => {
  if (v.verdict !== 'created') throw new Error(`expected created, got ${JSON.stringify(v)}`);
  return v;
};

let cleanup: () => void;
let admin: Actor & { kind: 'user' };
let secretary: Actor;
beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('archive-admin', ['admin']);
  secretary = await makeUser('archive-secretary', ['secretary']);
});
afterAll(() => cleanup());

describe('importing archive forms', () => {
  const bodiless = page(
    'Executive Meeting Studies Flood Control',
    'On June 3, 2024, Huang Qiang presided over the 40th executive meeting to study flood control.',
    'In the meeting, the Plan for Flood Control was approved.',
  );

  it('refuses a release naming no body while the register knows none, then takes the only body there is', () => {
    const [refused] = importReleases(admin, [{ fileName: 'no-body.txt', text: bodiless }]);
    expect(refused).toMatchObject({ verdict: 'refused', code: 'no_body' });

    const withBody = page(
      `Huang Qiang Chairs Executive Meeting of ${PGSP}`,
      `On June 1, 2024, Huang Qiang presided over the 39th Executive Meeting of ${PGSP}.`,
    );
    const [first, second] = importReleases(admin, [
      { fileName: 'with-body.txt', text: withBody },
      { fileName: 'no-body.txt', text: bodiless },
    ]);
    expect(first!.verdict).toBe('created');
    const meeting = getMeeting(secretary, created(second!).meetingId);
    expect(meeting.body.name).toBe(PGSP);
    expect(meeting.decisions.map((d) => [d.title, d.kind, d.outcome])).toEqual([
      ['Plan for Flood Control', 'plan', 'adopted'],
    ]);
  });

  it('dates a December meeting of a January release in the year before, first published on the release date', () => {
    const text = page(
      `Huang Qiang Chairs Executive Meeting of ${PGSP}`,
      `On December 30, Huang Qiang presided over the 45th Executive Meeting of ${PGSP}.`,
      'In principle, the meeting approved the Outline of the Tourism Plan.',
    );
    const v = created(importReleases(admin, [{ fileName: 'dec.txt', text, published: '2025-01-03' }])[0]!);
    const meeting = getMeeting(secretary, v.meetingId);
    expect(meeting.heldOn).toBe('2024-12-30');
    expect(meeting.decisions.map((d) => d.outcome)).toEqual(['adopted_in_principle']);
    // Midnight of January 3 in Asia/Shanghai.
    expect(getDocument(secretary, v.documentId).firstPublishedAt?.toISOString()).toBe(
      '2025-01-02T16:00:00.000Z',
    );
  });

  it('imports a file cut short with a warning, recording nothing from the unfinished sentence', () => {
    const text = page(
      `Huang Qiang Chairs Executive Meeting of ${PGSP}`,
      `On July 1, 2024, Huang Qiang presided over the 41st Executive Meeting of ${PGSP}.`,
      'At the meeting, the Measures for Grain Storage and the Plan for Wetlands were deliberated and adopted. The meeting also approved the Notice on',
    );
    const v = created(importReleases(admin, [{ fileName: 'cut.txt', text }])[0]!);
    expect(v.warnings.some((w) => /cut off/.test(w))).toBe(true);
    expect(getMeeting(secretary, v.meetingId).decisions.map((d) => d.title)).toEqual([
      'Measures for Grain Storage',
      'Plan for Wetlands',
    ]);
  });
});
