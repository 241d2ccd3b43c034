import { describe, expect, it } from 'vitest';
import { callbackPath } from './callback-path';

// Node refuses a header value holding a control character or one above U+00FF (ERR_INVALID_CHAR).
const validHeaderValue = (value: string) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value);

describe('callbackPath', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(callbackPath('/meetings/3/release?tab=1#top')).toBe('/meetings/3/release?tab=1#top');
  });

  it.each(['\r', '\n', '\u0000', '\u000b', '\u000c', '\u3002', '\ufeff', '\u2028'])(
    'writes %j as a valid header value',
    (char) => {
      const path = callbackPath(`/account${char}x?q=${char}#${char}`);
      expect(path.startsWith('/account')).toBe(true);
      expect(validHeaderValue(path)).toBe(true);
    },
  );

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/\n/evil.example',
    '/\t/evil.example',
    'https://evil.example',
    'meetings',
    '',
    7,
    null,
  ])('refuses %j for the workspace', (value) => {
    expect(callbackPath(value)).toBe('/meetings');
  });
});
