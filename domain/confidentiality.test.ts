import { describe, expect, it } from 'vitest';
import { CONFIDENTIALITY_DEFAULTS, statementStep } from './confidentiality';

describe('the step that carries the confidentiality statement', () => {
  it('is required by default for press releases only, on the first step', () => {
    expect(CONFIDENTIALITY_DEFAULTS.press_release).toEqual({ required: true, step: 1 });
    expect(CONFIDENTIALITY_DEFAULTS.minutes.required).toBe(false);
    expect(statementStep(CONFIDENTIALITY_DEFAULTS.press_release, 2)).toBe(1);
    expect(statementStep(CONFIDENTIALITY_DEFAULTS.minutes, 2)).toBeNull();
  });

  it('falls to the last step of a chain shorter than the one named, and to none of an empty chain', () => {
    expect(statementStep({ required: true, step: 3 }, 2)).toBe(2);
    expect(statementStep({ required: true, step: 2 }, 3)).toBe(2);
    expect(statementStep({ required: true, step: 1 }, 0)).toBeNull();
  });
});
