import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

export type TextStyle = { bold: boolean; size: number; color: string; characterSpacing?: number };

/** Measures and draws text in the shipped fonts, the same way for both: English text asks for the
 * proportional forms of ’ “ ” (full-width in these Chinese faces, they would gape between Latin letters). */
export type Typesetter = {
  doc: Doc;
  measure: (text: string, bold: boolean, size: number) => number;
  /** Draws text with its baseline at y. */
  draw: (text: string, x: number, y: number, style: TextStyle) => void;
};

export function typesetter(doc: Doc, language: 'zh' | 'en'): Typesetter {
  const features: PDFKit.Mixins.OpenTypeFeatures[] = language === 'en' ? ['pwid'] : [];
  const select = (bold: boolean, size: number) => doc.font(bold ? 'bold' : 'regular').fontSize(size);
  return {
    doc,
    measure: (text, bold, size) => select(bold, size).widthOfString(text, { features }),
    draw: (text, x, y, { bold, size, color, characterSpacing = 0 }) => {
      select(bold, size).fillColor(color);
      doc.text(text, x, y, { lineBreak: false, baseline: 'alphabetic', characterSpacing, features });
    },
  };
}
