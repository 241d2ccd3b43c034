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
