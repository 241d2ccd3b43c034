import { describe, expect, it } from 'vitest';
import { statedInRelease } from './published-statement';

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
