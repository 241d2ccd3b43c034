import { describe, expect, it } from 'vitest';
import { breakLines, type Line, type Measure } from './line-layout';

// Monospaced stand-in metrics: a Latin character half the size wide, any other a full size (as CJK).
const measure: Measure = (text, _bold, size) =>
  Array.from(text).reduce((width, char) => width + (char.charCodeAt(0) < 0x100 ? size / 2 : size), 0);

const lineTexts = (lines: Line[]) => lines.map((line) => line.pieces.map((p) => p.text).join(''));
const plain = (text: string) => [{ text, bold: false }];
const options = { size: 10, width: 100, firstIndent: 0, restIndent: 0 };

describe('breaking a paragraph into lines', () => {
  it('fills Chinese lines character by character, the first after its indent', () => {
    const text = '会议听取了省司法厅关于条例修订草案有关情况的汇报会议原则同意';
    const lines = breakLines(plain(text), measure, { ...options, firstIndent: 20 });
    expect(lineTexts(lines)).toEqual([
      '会议听取了省司法',
      '厅关于条例修订草案有',
      '关情况的汇报会议原则',
      '同意',
    ]);
    expect(lines.map((l) => [l.indent, l.available])).toEqual([
      [20, 80],
      [0, 100],
      [0, 100],
      [0, 100],
    ]);
    expect(lines.map((l) => l.ends)).toEqual([false, false, false, true]);
  });

  it('never starts a line with a closing mark, and lets one closing mark hang past the edge', () => {
    const hanging = breakLines(plain('一二三四五六七八九十。后'), measure, options);
    expect(lineTexts(hanging)).toEqual(['一二三四五六七八九十。', '后']);
    expect(hanging[0]).toMatchObject({ width: 110, hang: 10 });

    const cluster = breakLines(plain('一二三四五六七八九十）》，后'), measure, options);
    expect(lineTexts(cluster)).toEqual(['一二三四五六七八九', '十）》，后']);
    expect(lineTexts(cluster).every((line) => !/^[，。、；：！？）》」』]/.test(line))).toBe(true);
  });

  it('breaks English between words and measures a line without its trailing space', () => {
    const lines = breakLines(plain('aaaa bbbb cccc'), measure, { ...options, width: 50 });
    expect(lineTexts(lines)).toEqual(['aaaa bbbb', 'cccc']);
    expect(lines.map((l) => l.width)).toEqual([45, 20]);
  });

  it('cuts a word wider than the line between its characters', () => {
    const lines = breakLines(plain('x'.repeat(25)), measure, { ...options, width: 50 });
    expect(lineTexts(lines)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('ends a line at a forced break, and that line is not stretched', () => {
    const lines = breakLines(plain('ab\ncd'), measure, options);
    expect(lineTexts(lines)).toEqual(['ab', 'cd']);
    expect(lines.map((l) => l.ends)).toEqual([true, true]);
  });

  it('keeps the weight of each run, one piece per change of weight', () => {
    const [line] = breakLines(
      [
        { text: '出席：', bold: true },
        { text: '黄强、', bold: false },
        { text: '施小琳', bold: false },
      ],
      measure,
      options,
    );
    expect(line?.pieces.map((p) => [p.text, p.bold])).toEqual([
      ['出席：', true],
      ['黄强、施小琳', false],
    ]);
  });

  it('gives an empty paragraph one empty line', () => {
    expect(breakLines([], measure, options)).toMatchObject([{ pieces: [], width: 0, ends: true }]);
  });
});
