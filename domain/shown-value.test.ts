import { describe, expect, it } from 'vitest';
import { pairOf, shownValue } from './shown-value';

describe('shownValue', () => {
  it('shows the reader’s own language when it is written', () => {
    expect(shownValue({ en: 'Notice', zh: '通知' }, 'zh')).toEqual({
      text: '通知',
      language: 'zh',
      translationMissing: false,
    });
  });

  it('falls back to the other language, marked as a missing translation', () => {
    expect(shownValue({ en: 'Notice', zh: '  ' }, 'zh')).toEqual({
      text: 'Notice',
      language: 'en',
      translationMissing: true,
    });
    expect(shownValue({ en: '', zh: '通知' }, 'en')).toMatchObject({
      text: '通知',
      translationMissing: true,
    });
  });

  it('marks nothing when neither language is written', () => {
    expect(shownValue({ en: '', zh: '' }, 'en').translationMissing).toBe(false);
  });

  it('pairs a field with its Chinese column', () => {
    expect(pairOf({ title: 'Notice', titleZh: '通知' }, 'title')).toEqual({ en: 'Notice', zh: '通知' });
  });
});
