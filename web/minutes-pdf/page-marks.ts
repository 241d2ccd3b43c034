import {
  AREA,
  FOOTER_MIN_SIZE,
  FOOTER_SIZE,
  FOOTER_TOP,
  PAGE,
  PAGE_NUMBER_TOP,
  RED,
  type LanguageStyle,
} from './page-style';
import type { Typesetter } from './typesetter';

export type PageMarks = {
  style: LanguageStyle;
  pageNumber: (page: number) => string;
  footer: string;
  /** The draft's mark and the label beside it, or null on the issued minutes. */
  draft: { mark: string; label: string } | null;
};

/** Writes on every page, once the body has been laid out: its number, the footer, and a draft's marks. */
export function markPages(type: Typesetter, marks: PageMarks): void {
  const { doc } = type;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // All of it is pagination to a reader of the tagged PDF, not the minutes' text.
    doc.markContent('Artifact', { type: 'Pagination' });
    pageNumber(type, marks, index + 1);
    footer(type, marks.footer);
    if (marks.draft) draftMarks(type, marks.style, marks.draft);
    doc.endMarkedContent();
  }
}

const AREA_RIGHT = AREA.left + AREA.width;

/** GB/T 9704: the number with a dash each side, one character in from the right on odd pages and from the
 * left on even ones; the English minutes centre it. */
function pageNumber(
  { measure, draw }: Typesetter,
  { style, pageNumber: label }: PageMarks,
  page: number,
): void {
  const text = label(page);
  const size = style.pageNumberSize;
  const width = measure(text, false, size);
  const x =
    style.pageNumberSide === 'centre'
      ? AREA.left + (AREA.width - width) / 2
      : page % 2 === 1
        ? AREA_RIGHT - size - width
        : AREA.left + size;
  draw(text, x, PAGE_NUMBER_TOP + size, { bold: false, size, color: '#000000' });
}

/** The footer in small grey type, made smaller to fit one line, and cut short at the smallest size. */
function footer({ measure, draw }: Typesetter, text: string): void {
  if (!text) return;
  let size = FOOTER_SIZE;
  while (size > FOOTER_MIN_SIZE && measure(text, false, size) > AREA.width) size -= 0.5;
  let shown = text;
  while (shown.length > 1 && measure(shown, false, size) > AREA.width) shown = `${shown.slice(0, -2)}…`;
  const width = measure(shown, false, size);
  draw(shown, AREA.left + (AREA.width - width) / 2, FOOTER_TOP, { bold: false, size, color: '#555555' });
}

/** A draft shows it twice on every page: a large pale mark across the page, and a red label above the
 * type area that a photocopy or a crop keeps. */
function draftMarks(
  { doc, measure, draw }: Typesetter,
  style: LanguageStyle,
  draft: { mark: string; label: string },
): void {
  const size = style.draftMarkSize;
  const width = measure(draft.mark, true, size);
  const centreX = PAGE.width / 2;
  const centreY = PAGE.height / 2;
  doc.save();
  doc.rotate(-35, { origin: [centreX, centreY] });
  doc.fillOpacity(0.13);
  draw(draft.mark, centreX - width / 2, centreY + 0.38 * size, { bold: true, size, color: RED });
  doc.restore();

  const labelSize = 10.5;
  const labelWidth = measure(draft.label, true, labelSize);
  const padding = 4;
  const top = AREA.top - 18 * (72 / 25.4);
  const left = AREA_RIGHT - labelWidth - 2 * padding;
  doc.save();
  doc
    .lineWidth(0.8)
    .strokeColor(RED)
    .rect(left, top, labelWidth + 2 * padding, labelSize + 2 * padding)
    .stroke();
  draw(draft.label, left + padding, top + padding + 0.88 * labelSize, {
    bold: true,
    size: labelSize,
    color: RED,
  });
  doc.restore();
}
