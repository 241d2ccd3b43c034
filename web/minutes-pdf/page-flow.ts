import type { Line } from './line-layout';
import { AREA, PAGE } from './page-style';
import type { Typesetter } from './typesetter';

/** A list's number or bullet, drawn before the first line at x from the column's left. */
export type Marker = { text: string; x: number };

export type LineStyle = {
  size: number;
  leading: number;
  color: string;
  align: 'justify' | 'start' | 'centre';
};

const EPSILON = 0.01;
const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

/** The column the body flows down: where the next line goes, and a new page when it is full. Each line
 * is tagged as part of the current block's structure element (the PDF is tagged, so a screen reader or a
 * reflowing viewer reads headings and paragraphs as such). */
export class PageFlow {
  y = AREA.top;
  private element: { tag: string; element: PDFKit.PDFStructureElement } | null = null;

  constructor(readonly type: Typesetter) {
    this.newPage();
  }

  newPage(): void {
    this.type.doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    this.y = AREA.top;
  }

  /** Lays out one block (a heading, a paragraph) as one element of the document's structure. */
  block(tag: string, layOut: () => void): void {
    const { doc } = this.type;
    const element = doc.struct(tag);
    doc.addStructure(element);
    this.element = { tag, element };
    try {
      layOut();
    } finally {
      this.element = null;
      element.end();
    }
  }

  /** Draws something that is not the text itself (a rule, a page number): an artifact to readers. */
  artifact(draw: () => void): void {
    const { doc } = this.type;
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  }

  private tagged(draw: () => void): void {
    if (!this.element) return this.artifact(draw);
    const { doc } = this.type;
    const content = doc.markStructureContent(this.element.tag);
    draw();
    doc.endMarkedContent();
    this.element.element.add(content);
  }

  /** The room left on this page. */
  get room(): number {
    return AREA.bottom - this.y;
  }

  /** Starts a new page unless this one has the height left. */
  ensure(height: number): void {
    if (height > this.room + EPSILON && this.y > AREA.top + EPSILON) this.newPage();
  }

  /** Moves down to the next line of the grid that starts at the type area's top. */
  snapToGrid(leading: number): void {
    const lines = Math.ceil((this.y - AREA.top) / leading - EPSILON);
    this.y = AREA.top + lines * leading;
  }

  /** Draws one line at the current position and moves down by its leading. Its text sits on the middle of
   * the line's height (the ideographic em box: 0.88 of the size above the baseline, 0.12 below). */
  drawLine(line: Line, left: number, style: LineStyle, marker: Marker | null = null): void {
    this.ensure(style.leading);
    this.tagged(() => {
      const baseline = this.y + style.leading / 2 + 0.38 * style.size;
      if (marker) this.type.draw(marker.text, left + marker.x, baseline, { bold: false, ...style });
      const { characterSpacing, wordSpacing } =
        style.align === 'justify' ? stretch(line, style.size) : NO_STRETCH;
      let x = left + line.indent + (style.align === 'centre' ? (line.available - line.width) / 2 : 0);
      const { measure, draw } = this.type;
      for (const piece of line.pieces) {
        const text = {
          bold: piece.bold,
          size: style.size,
          color: style.color,
          characterSpacing,
          wordSpacing,
        };
        // pdfkit spaces the words of one text apart itself, but drops spaces at its ends: those are moved over here.
        const [, lead = '', core = '', trail = ''] = /^( *)(.*?)( *)$/su.exec(piece.text) ?? [];
        const gap = (spacesRun: string) =>
          spacesRun ? measure(spacesRun, piece.bold, style.size) + wordSpacing : 0;
        x += gap(lead);
        if (core) {
          draw(core, x, baseline, text);
          const width = lead || trail ? measure(core, piece.bold, style.size) : piece.width;
          x += width + characterSpacing * Array.from(core).length + wordSpacing * spaces(core);
        }
        x += gap(trail);
      }
    });
    this.y += style.leading;
  }

  /** A thin rule across the column, in the middle of a line's height. */
  drawRule(leading: number): void {
    this.ensure(leading);
    const y = this.y + leading / 2;
    const { doc } = this.type;
    this.artifact(() => {
      doc.save();
      doc
        .lineWidth(0.6)
        .strokeColor('#000000')
        .moveTo(AREA.left, y)
        .lineTo(AREA.left + AREA.width, y)
        .stroke();
      doc.restore();
    });
    this.y += leading;
  }
}

const NO_STRETCH = { characterSpacing: 0, wordSpacing: 0 };

/** How a line that does not end its paragraph fills the column: English by wider spaces, Chinese by a
 * little space after each character. A line that would gape (one long word, a broken address) stays as it is. */
function stretch(line: Line, size: number): { characterSpacing: number; wordSpacing: number } {
  const extra = line.available - (line.width - line.hang);
  if (line.ends || extra <= EPSILON) return NO_STRETCH;
  const text = line.pieces.map((p) => p.text).join('');
  const chars = Array.from(text).length;
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const gaps = spaces(text);
  if (cjk * 2 < chars && gaps > 0) {
    const wordSpacing = extra / gaps;
    return wordSpacing <= size ? { characterSpacing: 0, wordSpacing } : NO_STRETCH;
  }
  const characterSpacing = chars > 1 ? extra / (chars - 1) : 0;
  // Wider spacing than a tenth of a character would read as spaces to text extraction (and to the eye).
  return characterSpacing <= size * 0.1 ? { characterSpacing, wordSpacing: 0 } : NO_STRETCH;
}

const spaces = (text: string) => text.trim().split(/ +/).length - 1;
