import { describe, expect, it } from 'vitest';
import { DEMO_AGENDA, DEMO_BODY, DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { readSeedRelease } from '@/test/support/seed-release';
import { draftRelease, joinList, type MeetingRecords } from './release-draft';

const seedRecords: MeetingRecords = {
  bodyName: DEMO_BODY.name,
  meetingName: DEMO_BODY.meetingName,
  ...DEMO_MEETING,
  agendaItems: DEMO_AGENDA,
  decisions: DEMO_DECISIONS,
};

describe('draftRelease from the seed meeting', () => {
  const draft = draftRelease(seedRecords);

  it('opens with the dateline sentence: date, chair, title line and ordinal session', () => {
    const first = draft.paragraphs[0]!.split('. ')[0]!;
    expect(first).toMatch(/^On February 23, Huang Qiang, /);
    expect(first).toContain(
      "Deputy Secretary of the CPC Sichuan Provincial Committee and Governor of the People's Government of Sichuan Province",
    );
    expect(first).toContain(
      "presided over the 25th Executive Meeting of the People's Government of Sichuan Province",
    );
  });

  it('names every adopted document title', () => {
    const text = draft.paragraphs.join('\n');
    for (const d of DEMO_DECISIONS) expect(text).toContain(d.title);
    expect(DEMO_DECISIONS).toHaveLength(5);
  });

  it('reads exactly as the published release: headline and every paragraph', () => {
    const seed = readSeedRelease();
    expect(draft.headline).toBe(seed.headline);
    expect(draft.paragraphs).toEqual(seed.paragraphs);
  });
});

describe('joinList', () => {
  it('joins in the house style, without a serial comma', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['A'])).toBe('A');
    expect(joinList(['A', 'B'])).toBe('A and B');
    expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
