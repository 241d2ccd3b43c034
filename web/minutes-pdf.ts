import PDFDocument from 'pdfkit';
import { translator } from '@/messages';
import { layOutMinutes } from './minutes-pdf/body';
import { minutesFonts, unprintableCharacters, withMissingMarked } from './minutes-pdf/fonts';
import { markdownBlocks, type Block } from './minutes-pdf/markdown-blocks';
import { markPages } from './minutes-pdf/page-marks';
import { PAGE, STYLES } from './minutes-pdf/page-style';
import { typesetter } from './minutes-pdf/typesetter';

export type MinutesPdfInput = {
  language: 'zh' | 'en';
  /** The heading, e.g. "四川省人民政府第25次常务会议纪要" / "Minutes of the 25th Executive Meeting of …". */
  heading: string;
  /** The number once issued, e.g. "〔2024〕3号"; null for a draft. */
  number: string | null;
  /** Marks every page with a visible DRAFT / 草稿 mark (any revision that is not the issued one). */
  draft: boolean;
  /** The minutes text as Markdown (the revision body): headings, paragraphs, numbered/bulleted lists, bold. */
  markdown: string;
  /** Printed small at the foot of each page, e.g. the date it was generated and the page's address. */
  footer: string;
};

/** The minutes as a PDF in the official layout of 会议纪要 (GB/T 9704): A4, the heading in red over a red
 * rule, the body on the Chinese grid of 22 lines (or in English type), page numbers at the foot, and on a
 * draft a DRAFT / 草稿 mark on every page. Set in the fonts shipped in assets/fonts/, so no system font
 * or browser is needed; the PDF embeds only the glyphs it uses, with their Unicode, so its text can be
 * searched and copied. */
export async function renderMinutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const fonts = minutesFonts();
  const style = STYLES[input.language];
  const t = translator(input.language);
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit's would be read from its own files, and the minutes use only the shipped ones.
    font: null as unknown as string,
    lang: input.language === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: { Title: input.heading, Creator: 'Gazette' },
  });
  // pdfkit takes a parsed font in place of a file (its types know only files).
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  const bytes = collect(doc);

  const type = typesetter(doc, input.language);
  const head = {
    heading: withMissingMarked(input.heading),
    number: input.number && withMissingMarked(input.number),
  };
  layOutMinutes(type, style, head, markdownBlocks(input.markdown).map(markMissing));
  markPages(type, {
    style,
    pageNumber: (page) => t('minutesPdf.pageNumber', { page }),
    footer: withMissingMarked(input.footer),
    draft: input.draft ? { mark: t('minutesPdf.draftMark'), label: t('minutesPdf.draftLabel') } : null,
  });
  doc.end();
  return bytes;
}

const markMissing = (block: Block): Block =>
  'runs' in block
    ? { ...block, runs: block.runs.map((run) => ({ ...run, text: withMissingMarked(run.text) })) }
    : block;

/** The characters of a text the minutes PDF cannot print (outside the shipped fonts' GB 2312 and Latin):
 * it prints 〓 for each, so a page that offers the PDF can name them first. */
export function charactersMissingFromMinutesPdf(text: string): string[] {
  return unprintableCharacters(text);
}

function collect(doc: InstanceType<typeof PDFDocument>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    doc.on('error', reject);
  });
}
