// The official layout, from GB/T 9704-2012 (党政机关公文格式): A4, the type area 156 × 225 mm set 37 mm
// from the top and 28 mm from the left, 22 lines of 16 pt (三号) in it, page numbers in 14 pt (四号) with a
// dash on each side 7 mm under the type area, right on odd pages and left on even ones. The English minutes
// keep the page and its margins, with the sizes and line spacing of English text.

const MM = 72 / 25.4;

export const PAGE = {
  width: 210 * MM,
  height: 297 * MM,
  top: 37 * MM,
  bottom: 35 * MM,
  left: 28 * MM,
  right: 26 * MM,
};

export const AREA = {
  left: PAGE.left,
  width: PAGE.width - PAGE.left - PAGE.right,
  top: PAGE.top,
  bottom: PAGE.height - PAGE.bottom,
};

/** The official red of the heading and its rule. */
export const RED = '#c8161d';

export type LanguageStyle = {
  /** The body's size and the distance from one line to the next. */
  size: number;
  leading: number;
  /** Space after a paragraph (the Chinese grid has none: paragraphs start on the next line, indented). */
  paragraphGap: number;
  /** The indent of a paragraph's first line, and of each level of lists and quotes. */
  firstLineIndent: number;
  levelIndent: number;
  headingSize: number;
  headingLeading: number;
  /** Section headings (## in the Markdown) and lower ones. */
  sectionSize: number;
  sectionIndent: number;
  sectionGapBefore: number;
  pageNumberSize: number;
  /** Odd pages right and even pages left (the Chinese rule), or every one centred. */
  pageNumberSide: 'alternate' | 'centre';
  draftMarkSize: number;
};

export const STYLES: Record<'zh' | 'en', LanguageStyle> = {
  zh: {
    size: 16,
    leading: (225 * MM) / 22,
    paragraphGap: 0,
    firstLineIndent: 32,
    levelIndent: 32,
    headingSize: 24,
    headingLeading: 36,
    sectionSize: 16,
    sectionIndent: 32,
    sectionGapBefore: 0,
    pageNumberSize: 14,
    pageNumberSide: 'alternate',
    draftMarkSize: 140,
  },
  en: {
    size: 12,
    leading: 18,
    paragraphGap: 7,
    firstLineIndent: 0,
    levelIndent: 20,
    headingSize: 18,
    headingLeading: 24,
    sectionSize: 13,
    sectionIndent: 0,
    sectionGapBefore: 8,
    pageNumberSize: 11,
    pageNumberSide: 'centre',
    draftMarkSize: 120,
  },
};

/** Where the page number's line sits: 7 mm under the type area. */
export const PAGE_NUMBER_TOP = AREA.bottom + 7 * MM;
/** The footer's small line, under the page number. */
export const FOOTER_TOP = PAGE.height - 14 * MM;
export const FOOTER_SIZE = 7.5;
export const FOOTER_MIN_SIZE = 5.5;
