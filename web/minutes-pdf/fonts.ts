import { readFileSync } from 'node:fs';
import path from 'node:path';

// Shipped with the code (assets/fonts/, SIL OFL): no system font is read, so the PDF looks the same
// everywhere. They are subsets of Noto Serif CJK SC (GB 2312 and Latin; assets/fonts/README.md).
const FILES = {
  regular: 'NotoSerifSC-Regular-GB2312.otf',
  bold: 'NotoSerifSC-Bold-GB2312.otf',
} as const;

export type FontWeight = keyof typeof FILES;

let loaded: Record<FontWeight, Buffer> | null = null;

/** The font files, read once per process (about 10 MB, kept for the next PDF). */
export function minutesFonts(): Record<FontWeight, Buffer> {
  loaded ??= {
    regular: readFileSync(path.join(process.cwd(), 'assets', 'fonts', FILES.regular)),
    bold: readFileSync(path.join(process.cwd(), 'assets', 'fonts', FILES.bold)),
  };
  return loaded;
}
