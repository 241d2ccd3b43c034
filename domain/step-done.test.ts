import { describe, expect, it } from 'vitest';
import { doneStepOf, withDone } from './step-done';

describe('the step a page announces', () => {
  it('is one of the known steps, and nothing else', () => {
    expect(doneStepOf('publish')).toBe('publish');
    expect(doneStepOf('request_changes')).toBe('request_changes');
    expect(doneStepOf('<script>')).toBeNull();
    expect(doneStepOf(['publish', 'withdraw'])).toBeNull();
    expect(doneStepOf(undefined)).toBeNull();
  });

  it('is added to a path with or without a query', () => {
    expect(withDone('/review/4', 'approve')).toBe('/review/4?done=approve');
    expect(withDone('/meetings/2/release?lang=en', 'submit')).toBe('/meetings/2/release?lang=en&done=submit');
  });
});
