import { describe, expect, it } from 'vitest';
import { publishedRecords, statedInRelease } from './published-statement';

describe('statedInRelease', () => {
  const stated = statedInRelease(
    'Huang Qiang Chairs Executive Meeting',
    'The meeting deliberated and adopted the Several Policies and\nMeasures on Tourism.',
  );

  it('finds a text the release states, whatever its case and line breaks', () => {
    expect(stated('several policies and measures on tourism')).toBe(true);
    expect(stated('Huang  Qiang')).toBe(true);
  });

  it('refuses a text the release does not state, and an empty one', () => {
    expect(stated('Measures on Rural Revitalization')).toBe(false);
    expect(stated('   ')).toBe(false);
  });
});

describe('publishedRecords', () => {
  it('keeps the title line and the reported decisions the text states, for the API and the export alike', () => {
    const body =
      'Huang Qiang, Governor of Sichuan Province, presided. The meeting adopted the Notice on Grain. ' +
      'It also discussed the Plan for Roads.';
    const decisions = [
      { title: 'the Notice on Grain', kind: 'notice', outcome: 'adopted' },
      // Named in the text, but deferred: the release does not report it as a decision.
      { title: 'the Plan for Roads', kind: 'plan', outcome: 'deferred' },
      // Adopted, but not (yet) in the published text: a correction being drafted.
      { title: 'the Measures on Water', kind: 'measures', outcome: 'adopted' },
    ] as const;
    expect(
      publishedRecords('Headline', body, {
        chairTitle: ' Governor of Sichuan Province ',
        decisions: [...decisions],
      }),
    ).toEqual({
      chairTitle: 'Governor of Sichuan Province',
      decisions: [{ title: 'the Notice on Grain', kind: 'notice', outcome: 'adopted' }],
    });
    expect(
      publishedRecords('Headline', body, { chairTitle: 'Vice Governor', decisions: [] }).chairTitle,
    ).toBe('');
  });

  it('names a decision by its whole title only, not by a word of a longer title', () => {
    const body =
      'The Executive Meeting deliberated and adopted the Several Policies and Measures for Tourism ' +
      'and the Plan for Roads \\(2024\\).';
    const decisions = [
      {
        title: 'Several Policies and Measures for Tourism',
        kind: 'policies_and_measures',
        outcome: 'adopted',
      },
      { title: 'Measures', kind: 'measures', outcome: 'adopted' },
      { title: 'Plan for Roads (2024)', kind: 'plan', outcome: 'adopted' },
    ] as const;
    expect(
      publishedRecords('Headline', body, { chairTitle: '', decisions: [...decisions] }).decisions.map(
        (d) => d.title,
      ),
    ).toEqual(['Several Policies and Measures for Tourism', 'Plan for Roads (2024)']);
  });
});
