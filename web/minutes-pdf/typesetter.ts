import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export type TextStyle = {
  bold: boolean;
  size: number;
  color: string;
  characterSpacing?: number;
  wordSpacing?: number;
};

/** Measures and draws text in the shipped fonts, the same way for both: English text asks for the
 * proportional forms of ’ “ ” (full-width in these Chinese faces, they would gape between Latin letters). */
export type Typesetter = {
  doc: Doc;
  measure: (text: string, bold: boolean, size: number) => number;
  /** Draws text with its baseline at y. */
  draw: (text: string, x: number, y: number, style: TextStyle) => void;
};

// Widths at size 1 by language, weight and text. Shaping a text to measure it is most of a PDF's time, and
// the line breaker asks about the same characters again and again, in every PDF: the fonts never change.
const widths = new Map<string, number>();
const WIDTHS_KEPT = 100_000;

export function typesetter(doc: Doc, language: 'zh' | 'en'): Typesetter {
  const features: PDFKit.Mixins.OpenTypeFeatures[] = language === 'en' ? ['pwid'] : [];
  const select = (bold: boolean, size: number) => doc.font(bold ? 'bold' : 'regular').fontSize(size);
  const unitWidth = (text: string, bold: boolean) => {
    const key = `${language}${bold ? 'b' : 'r'}${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = select(bold, 1000).widthOfString(text, { features }) / 1000;
      if (widths.size >= WIDTHS_KEPT) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
  return {
    doc,
    measure: (text, bold, size) => unitWidth(text, bold) * size,
    draw: (text, x, y, { bold, size, color, characterSpacing = 0, wordSpacing = 0 }) => {
      select(bold, size).fillColor(color);
      doc.text(text, x, y, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing,
        wordSpacing,
        features,
      });
    },
  };
}
