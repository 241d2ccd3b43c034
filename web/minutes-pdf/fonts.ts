import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';

// Shipped with the code (assets/fonts/, SIL OFL): no system font is read, so the PDF looks the same
// everywhere. They are subsets of Noto Serif CJK SC (GB 2312 and Latin; assets/fonts/README.md).
const FILES = {
  regular: 'NotoSerifSC-Regular-GB2312.otf',
  bold: 'NotoSerifSC-Bold-GB2312.otf',
} as const;

export type FontWeight = keyof typeof FILES;

let loaded: Record<FontWeight, Font> | null = null;

/** The fonts, read and parsed once per process (about 10 MB) and shared by every PDF: parsing them
 * again for each would take longer than laying out the minutes. Each PDF embeds its own subset. */
export function minutesFonts(): Record<FontWeight, Font> {
  const open = (weight: FontWeight) =>
    create(readFileSync(path.join(process.cwd(), 'assets', 'fonts', FILES[weight])));
  loaded ??= { regular: open('regular'), bold: open('bold') };
  return loaded;
}

/** The geta mark, which Chinese typesetting prints for a character it has no type for (缺字). */
export const MISSING_MARK = '〓';

/** Whether the shipped fonts can print a character (both weights hold the same characters). */
const printable = (char: string) =>
  /\s/u.test(char) || minutesFonts().regular.hasGlyphForCodePoint(char.codePointAt(0)!);

/** The characters of a text the shipped fonts cannot print, each once. */
export function unprintableCharacters(text: string): string[] {
  return [...new Set(Array.from(text))].filter((char) => !printable(char));
}

/** The text with every character the fonts cannot print replaced by the geta mark, so that a missing
 * character shows as a mark instead of a blank; tabs become spaces. */
export function withMissingMarked(text: string): string {
  const unprintable = new Set(unprintableCharacters(text));
  const marked =
    unprintable.size === 0 ? text : Array.from(text, (c) => (unprintable.has(c) ? MISSING_MARK : c)).join('');
  return marked.replace(/\t/g, '    ');
}
