import { breakLines } from './line-layout';
import type { Block, Run } from './markdown-blocks';
import { PageFlow } from './page-flow';
import { AREA, RED, type LanguageStyle } from './page-style';
import type { Typesetter } from './typesetter';

export type Head = { heading: string; number: string | null };

/** The first page's head — the heading large, centred and red, the number under it, a red rule — then the
 * body's blocks, page after page. */
export function layOutMinutes(type: Typesetter, style: LanguageStyle, head: Head, blocks: Block[]): void {
  const flow = new PageFlow(type);
  layOutHead(flow, style, head);
  const layOut = blockLayout(flow, style);
  for (const block of withoutRepeatedHeading(blocks, head.heading)) layOut(block);
}

function layOutHead(flow: PageFlow, style: LanguageStyle, head: Head): void {
  const { doc, measure } = flow.type;
  const headingLines = breakLines([{ text: head.heading, bold: true }], measure, {
    size: style.headingSize,
    width: AREA.width,
    firstIndent: 0,
    restIndent: 0,
  });
  flow.block('H1', () => {
    for (const line of headingLines) {
      flow.drawLine(line, AREA.left, {
        size: style.headingSize,
        leading: style.headingLeading,
        color: RED,
        align: 'centre',
      });
    }
  });
  if (head.number) {
    const numberLines = breakLines([{ text: head.number, bold: false }], measure, {
      size: style.size,
      width: AREA.width,
      firstIndent: 0,
      restIndent: 0,
    });
    flow.block('P', () => {
      for (const line of numberLines) {
        flow.drawLine(line, AREA.left, {
          size: style.size,
          leading: style.leading,
          color: '#000000',
          align: 'centre',
        });
      }
    });
  }
  const ruleY = flow.y + style.leading / 3;
  flow.artifact(() => {
    doc.save();
    doc
      .lineWidth(1.5)
      .strokeColor(RED)
      .moveTo(AREA.left, ruleY)
      .lineTo(AREA.left + AREA.width, ruleY)
      .stroke();
    doc.restore();
  });
  flow.y = ruleY + style.leading / 2;
  flow.snapToGrid(style.leading);
}

/** A drafted body may open with the heading again as its first heading: the head already shows it. */
function withoutRepeatedHeading(blocks: Block[], heading: string): Block[] {
  const first = blocks[0];
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  if (first?.kind === 'heading' && squeeze(textOf(first.runs)) === squeeze(heading)) return blocks.slice(1);
  return blocks;
}

const textOf = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

function blockLayout(flow: PageFlow, style: LanguageStyle): (block: Block) => void {
  const { measure } = flow.type;
  const body = { size: style.size, leading: style.leading, color: '#000000' };
  let first = true;
  return (block) => {
    const gapBefore = first ? 0 : style.paragraphGap;
    first = false;
    switch (block.kind) {
      case 'rule': {
        flow.y += gapBefore;
        flow.drawRule(style.leading);
        return;
      }
      case 'heading': {
        const size =
          block.depth === 1 ? style.sectionSize + 2 : block.depth === 2 ? style.sectionSize : style.size;
        const centred = block.depth === 1;
        const indent = centred ? 0 : block.depth === 2 ? style.sectionIndent : style.firstLineIndent;
        const lines = breakLines(boldRuns(block.runs), measure, {
          size,
          width: AREA.width,
          firstIndent: indent,
          restIndent: centred ? 0 : indent,
        });
        const leading = Math.max(style.leading, size * 1.5);
        flow.y += gapBefore + (flow.y > AREA.top ? style.sectionGapBefore : 0);
        // A heading keeps two lines of what follows with it on its page.
        flow.ensure(lines.length * leading + 2 * style.leading);
        // The minutes’ own heading is the one H1; the body’s headings rank under it.
        flow.block(`H${Math.min(Math.max(block.depth, 2), 6)}`, () => {
          for (const line of lines) {
            flow.drawLine(line, AREA.left, {
              size,
              leading,
              color: '#000000',
              align: centred ? 'centre' : 'start',
            });
          }
        });
        return;
      }
      case 'paragraph': {
        const { runs, firstIndent, restIndent, marker } = paragraphShape(block, style);
        const lines = breakLines(runs, measure, {
          size: style.size,
          width: AREA.width,
          firstIndent,
          restIndent,
        });
        flow.y += gapBefore;
        // No paragraph starts on a page's last line when it has more lines than that.
        if (lines.length > 1) flow.ensure(2 * style.leading);
        flow.block('P', () => {
          lines.forEach((line, index) => {
            flow.drawLine(line, AREA.left, { ...body, align: 'justify' }, index === 0 ? marker : null);
          });
        });
        return;
      }
    }
  };
}

const boldRuns = (runs: readonly Run[]): Run[] => runs.map((r) => ({ ...r, bold: true }));

type Shape = {
  runs: Run[];
  firstIndent: number;
  restIndent: number;
  marker: { text: string; x: number } | null;
};

/** Chinese paragraphs indent their first line by two characters, and a list's number stands inline at its
 * start (as 1. does in official documents); English paragraphs start flush, and a list hangs its
 * lines after the number. Each level of lists and quotes indents the block once more. */
function paragraphShape(block: Extract<Block, { kind: 'paragraph' }>, style: LanguageStyle): Shape {
  const levelIndent = block.level * style.levelIndent;
  if (style.firstLineIndent > 0) {
    const base = Math.max(0, block.level - 1) * style.levelIndent;
    const inList = block.level > 0;
    const runs = block.marker
      ? [{ text: block.marker === '•' ? '• ' : block.marker, bold: false }, ...block.runs]
      : block.runs;
    return {
      runs,
      firstIndent: base + style.firstLineIndent,
      restIndent: inList ? base : 0,
      marker: null,
    };
  }
  return {
    runs: block.runs,
    firstIndent: levelIndent,
    restIndent: levelIndent,
    marker: block.marker ? { text: block.marker, x: levelIndent - style.levelIndent } : null,
  };
}
