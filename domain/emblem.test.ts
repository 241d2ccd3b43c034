import { describe, expect, it } from 'vitest';
import { EMBLEM_MAX_BYTES, emblemType } from './emblem';

const text = (s: string) => new TextEncoder().encode(s);

describe('an uploaded emblem', () => {
  it('is a PNG by its signature', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(emblemType(png)).toEqual({ type: 'image/png' });
  });

  it('is an SVG by its root element, after a declaration or comment', () => {
    expect(emblemType(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({
      type: 'image/svg+xml',
    });
    expect(emblemType(text('<?xml version="1.0"?>\n<!-- x --><svg viewBox="0 0 1 1"/>'))).toEqual({
      type: 'image/svg+xml',
    });
  });

  it('is refused as anything else, empty or too large', () => {
    expect(emblemType(text('<html><svg></svg></html>'))).toEqual({ error: 'settings.emblemType' });
    expect(emblemType(text('GIF89a'))).toEqual({ error: 'settings.emblemType' });
    expect(emblemType(new Uint8Array())).toEqual({ error: 'settings.emblemEmpty' });
    expect(emblemType(new Uint8Array(EMBLEM_MAX_BYTES + 1))).toEqual({ error: 'settings.emblemTooLarge' });
  });
});
