import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { chineseSampleMinutes, englishSampleMinutes } from '@/test/fixtures/minutes-samples';
import { charactersMissingFromMinutesPdf, renderMinutesPdf, type MinutesPdfInput } from './minutes-pdf';

const FOOTER = 'Generated 2024-02-24 09:30 · https://gazette.example/meetings/7/minutes.pdf';

/** The text of each page, as a reader (PDF.js) extracts it through the fonts' Unicode maps. */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocumentProxy(pdf.slice());
  const { text } = await extractText(document, { mergePages: false });
  return text;
}

const withoutSpace = (text: string) => text.replace(/\s+/g, '');
/** The pages' text without what is printed on every page (number, footer), so text that runs on over a
 * page break reads on. */
const body = (pages: readonly string[]) =>
  pages.map((page) => page.replace(FOOTER, '').replace(/—\s*\d+\s*—/, '')).join('\n');
const singleSpaced = (text: string) => text.replace(/\s+/g, ' ');
/** English text as extracted, with a line that ended after a hyphen (co-|operating) joined up again. */
const englishText = (pages: readonly string[]) => singleSpaced(body(pages).replace(/-\n/g, '-'));

/** Where each needle is found in the haystack, searching on from the previous one (-1: not found). */
function positionsInOrder(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

function input(
  overrides: Partial<MinutesPdfInput> & Pick<MinutesPdfInput, 'language' | 'markdown'>,
): MinutesPdfInput {
  return { heading: 'Heading', number: null, draft: false, footer: FOOTER, ...overrides };
}

describe('the minutes PDF', () => {
  it('holds the Chinese heading, number and every assignment, in order, over several pages', async () => {
    const sample = chineseSampleMinutes(12);
    const pages = await pageTexts(await renderMinutesPdf(input({ language: 'zh', ...sample, draft: false })));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const text = withoutSpace(body(pages));
    const needles = [sample.heading, sample.number, ...sample.assignments].map(withoutSpace);
    expect(positionsInOrder(text, needles).every((at) => at >= 0)).toBe(true);
    expect(positionsInOrder(text, needles)).toEqual(
      [...positionsInOrder(text, needles)].sort((a, b) => a - b),
    );
    // The heading and the number open the first page.
    expect(withoutSpace(pages[0]!).startsWith(withoutSpace(sample.heading + sample.number))).toBe(true);
  });

  it('holds the English heading, number and every assignment, in order, over several pages', async () => {
    const sample = englishSampleMinutes(8);
    const pages = await pageTexts(await renderMinutesPdf(input({ language: 'en', ...sample })));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const text = englishText(pages);
    const found = positionsInOrder(text, [sample.heading, sample.number, ...sample.assignments]);
    expect(found.filter((at) => at < 0)).toEqual([]);
  });

  it('marks every page of a draft 草稿 or DRAFT, and leaves the issued minutes unmarked', async () => {
    const zh = chineseSampleMinutes(8);
    const en = englishSampleMinutes(6);
    const [zhDraft, enDraft, zhIssued, enIssued] = await Promise.all([
      renderMinutesPdf(input({ language: 'zh', ...zh, number: null, draft: true })).then(pageTexts),
      renderMinutesPdf(input({ language: 'en', ...en, number: null, draft: true })).then(pageTexts),
      renderMinutesPdf(input({ language: 'zh', ...zh })).then(pageTexts),
      renderMinutesPdf(input({ language: 'en', ...en })).then(pageTexts),
    ]);
    expect(zhDraft.length).toBeGreaterThan(2);
    expect(enDraft.length).toBeGreaterThan(2);
    expect(zhDraft.filter((page) => !page.includes('草稿'))).toEqual([]);
    expect(enDraft.filter((page) => !page.includes('DRAFT'))).toEqual([]);
    expect(zhIssued.filter((page) => page.includes('草稿'))).toEqual([]);
    expect(enIssued.filter((page) => page.includes('DRAFT'))).toEqual([]);
    // A draft has no number yet.
    expect(withoutSpace(zhDraft.join(''))).not.toContain(withoutSpace(zh.number));
  });

  it('numbers every page at its foot and prints the footer on each', async () => {
    const pages = await pageTexts(
      await renderMinutesPdf(input({ language: 'zh', ...chineseSampleMinutes(6) })),
    );
    pages.forEach((page, index) => {
      expect(page).toMatch(new RegExp(`—\\s*${index + 1}\\s*—`));
      expect(singleSpaced(page)).toContain(FOOTER);
    });
  });

  it('sets Chinese on the official grid: 22 lines to a full page', async () => {
    const count = 100;
    const markdown = Array.from({ length: count }, (_, i) => `第${i + 1}段。`).join('\n\n');
    const pages = await pageTexts(
      await renderMinutesPdf(input({ language: 'zh', heading: '纪要', markdown })),
    );
    const perPage = pages.map((page) => page.match(/第\d+段。/g)?.length ?? 0);
    const onFirst = perPage[0]!;
    expect(onFirst).toBeGreaterThan(10);
    expect(perPage.slice(1, -1).every((lines) => lines === 22)).toBe(true);
    expect(pages.length).toBe(1 + Math.ceil((count - onFirst) / 22));
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(count);
  });

  it('fills English pages alike and runs to the expected number of pages', async () => {
    const count = 150;
    const markdown = Array.from({ length: count }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');
    const pages = await pageTexts(await renderMinutesPdf(input({ language: 'en', markdown })));
    const perPage = pages.map((page) => page.match(/Paragraph \d+\./g)?.length ?? 0);
    const full = perPage[1]!;
    expect(full).toBeGreaterThan(20);
    expect(perPage.slice(1, -1).every((lines) => lines === full)).toBe(true);
    expect(pages.length).toBe(1 + Math.ceil((count - perPage[0]!) / full));
  });

  it('round-trips Chinese characters and punctuation through the fonts’ Unicode maps', async () => {
    const text =
      '鑫瑾璐澍熠镕堃喆，“引号”‘单引号’、《书名号》（括号）〔2024〕3号：①②③；省发展改革委——牵头！是否？…… GDP增长5.6%';
    const pages = await pageTexts(
      await renderMinutesPdf(input({ language: 'zh', heading: '测试', markdown: text })),
    );
    expect(withoutSpace(pages.join(''))).toContain(withoutSpace(text));
  });

  it('prints bold without its asterisks, also where it closes after Chinese punctuation', async () => {
    const markdown = '**出席：**黄强、施小琳\n\n**请假：**罗强（出差）\n\n- 一项\n- 两项';
    const [page] = await pageTexts(
      await renderMinutesPdf(input({ language: 'zh', heading: '纪要', markdown })),
    );
    expect(page).not.toContain('*');
    expect(withoutSpace(page!)).toContain('出席：黄强、施小琳');
    expect(withoutSpace(page!)).toContain('请假：罗强（出差）');
  });

  it('does not repeat the heading when the body opens with it', async () => {
    const heading = '四川省人民政府第25次常务会议纪要';
    const markdown = `# ${heading}\n\n会议纪要如下。`;
    const [page] = await pageTexts(await renderMinutesPdf(input({ language: 'zh', heading, markdown })));
    expect(withoutSpace(page!).split(heading).length - 1).toBe(1);
  });

  it('is a PDF whose title and language are the minutes’', async () => {
    const pdf = await renderMinutesPdf(input({ language: 'zh', heading: '纪要标题', markdown: '正文。' }));
    const document = await getDocumentProxy(pdf.slice());
    const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } };
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(info.Title).toBe('纪要标题');
    expect(info.Language).toBe('zh-CN');
  });

  it('prints 〓 for a character outside its fonts, and names such characters beforehand', async () => {
    const markdown = '会议由张𠮷主持，龘字也缺。';
    expect(charactersMissingFromMinutesPdf(markdown)).toEqual(['𠮷', '龘']);
    expect(charactersMissingFromMinutesPdf('会议纪要 Minutes 〔2024〕3号')).toEqual([]);
    const [page] = await pageTexts(
      await renderMinutesPdf(input({ language: 'zh', heading: '纪要', markdown })),
    );
    expect(withoutSpace(page!)).toContain('会议由张〓主持，〓字也缺。');
  });

  it('is tagged: the heading is the one H1, sections H2, paragraphs P, page furniture left out', async () => {
    const markdown = '## 一、审议条例\n\n会议原则同意。\n\n## 二、审议计划\n\n会议同意。';
    const pdf = await renderMinutesPdf(
      input({ language: 'zh', heading: '纪要', number: '〔2024〕3号', markdown }),
    );
    const document = await getDocumentProxy(pdf.slice());
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = (await (await document.getPage(1)).getStructTree()) as { children: { role: string }[] };
    expect(tree.children.map((element) => element.role)).toEqual(['H1', 'P', 'H2', 'P', 'H2', 'P']);
  });
});
