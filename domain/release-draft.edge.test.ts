import { describe, expect, it } from 'vitest';
import { checkReleaseAgainstRecords } from './release-consistency';
import { draftRelease, type MeetingRecords } from './release-draft';

const base: MeetingRecords = {
  bodyName: 'the People’s Government of Somewhere Province',
  meetingName: 'Executive Meeting',
  sessionNumber: 3,
  heldOn: '2025-11-19',
  chairName: 'Li Ming',
  chairTitle: 'Governor of Somewhere Province',
  purpose: 'to study the work of the winter.',
  agendaItems: [],
  decisions: [],
};

const decision = (title: string, extra: Partial<MeetingRecords['decisions'][number]> = {}) => ({
  title,
  kind: 'measures' as const,
  outcome: 'adopted' as const,
  emphasis: '',
  ...extra,
});

const text = (r: MeetingRecords) => {
  const d = draftRelease(r);
  return `${d.headline}\n\n${d.paragraphs.join('\n\n')}`;
};

describe('drafting a release: edge cases', () => {
  it('with no decisions: dateline, then the closing sentence', () => {
    expect(draftRelease(base).paragraphs).toEqual([
      'On November 19, Li Ming, Governor of Somewhere Province, presided over the 3rd Executive Meeting of the People’s Government of Somewhere Province to study the work of the winter.',
      'Some other issues were also discussed at the Executive Meeting.',
    ]);
  });

  it('without a title line or purpose, the dateline still reads as a sentence', () => {
    expect(draftRelease({ ...base, chairTitle: '', purpose: '' }).paragraphs[0]).toBe(
      'On November 19, Li Ming presided over the 3rd Executive Meeting of the People’s Government of Somewhere Province.',
    );
  });

  it('with one decision and no emphasis: one sentence, without "also"', () => {
    expect(draftRelease({ ...base, decisions: [decision('Measures for Clean Air')] }).paragraphs[1]).toBe(
      'The Executive Meeting deliberated and adopted the Measures for Clean Air.',
    );
  });

  it('a list of three joins with commas and "and"; titles that contain commas stay whole', () => {
    const r = {
      ...base,
      decisions: [decision('Plan A'), decision('Notice on Roads, Bridges and Tunnels'), decision('Plan C')],
    };
    expect(draftRelease(r).paragraphs[1]).toBe(
      'The Executive Meeting deliberated and adopted the Plan A, the Notice on Roads, Bridges and Tunnels and the Plan C.',
    );
    expect(checkReleaseAgainstRecords(text(r), r)).toEqual([]);
  });

  it('an emphasised decision gets its own paragraph; the rest follow with "also"', () => {
    const r = {
      ...base,
      decisions: [
        decision('Policies for Growth', { emphasis: 'the province should act.' }),
        decision('Plan B'),
      ],
    };
    expect(draftRelease(r).paragraphs.slice(1, 3)).toEqual([
      'The Executive Meeting deliberated and adopted the Policies for Growth, emphasizing that the province should act.',
      'The Executive Meeting also deliberated and adopted the Plan B.',
    ]);
  });

  it('a naming decision reads "decided to name …", alone or after the adopted documents', () => {
    const naming = decision('5 villages as model villages', { kind: 'naming' });
    expect(draftRelease({ ...base, decisions: [naming] }).paragraphs[1]).toBe(
      'The Executive Meeting decided to name 5 villages as model villages.',
    );
    expect(draftRelease({ ...base, decisions: [decision('Plan A'), naming] }).paragraphs[1]).toBe(
      'The Executive Meeting deliberated and adopted the Plan A, and decided to name 5 villages as model villages.',
    );
  });

  it('reports adoption in principle as such, and leaves out what was deferred, not adopted or only noted', () => {
    const r = {
      ...base,
      decisions: [
        decision('Plan A', { outcome: 'adopted_in_principle' as const }),
        decision('Plan Deferred', { outcome: 'deferred' as const }),
        decision('Plan Rejected', { outcome: 'not_adopted' as const }),
        decision('Report Noted', { outcome: 'noted' as const, kind: 'report' as const }),
      ],
    };
    const draft = text(r);
    expect(draft).toContain('deliberated and adopted in principle the Plan A.');
    for (const omitted of ['Plan Deferred', 'Plan Rejected', 'Report Noted'])
      expect(draft).not.toContain(omitted);
    expect(checkReleaseAgainstRecords(draft, r)).toEqual([]);
  });

  it('writes ordinals past the teens correctly in the dateline', () => {
    expect(draftRelease({ ...base, sessionNumber: 112 }).paragraphs[0]).toContain(
      'the 112th Executive Meeting',
    );
    expect(draftRelease({ ...base, sessionNumber: 101 }).paragraphs[0]).toContain(
      'the 101st Executive Meeting',
    );
  });
});
