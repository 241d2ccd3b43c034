import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

describe('the minutes Markdown as blocks', () => {
  it('reads headings, paragraphs with bold, and rules', () => {
    expect(markdownBlocks('## 一、审议条例\n\n会议**原则同意**该条例。\n\n---')).toEqual([
      { kind: 'heading', depth: 2, runs: [{ text: '一、审议条例', bold: false }] },
      {
        kind: 'paragraph',
        level: 0,
        marker: null,
        runs: [
          { text: '会议', bold: false },
          { text: '原则同意', bold: true },
          { text: '该条例。', bold: false },
        ],
      },
      { kind: 'rule' },
    ]);
  });

  it('numbers list items from the list’s start, bullets others, and indents nested lists once more', () => {
    const blocks = markdownBlocks('3. 第三项\n4. 第四项\n   - 细目');
    expect(
      blocks.map((b) => (b.kind === 'paragraph' ? [b.marker, b.level, b.runs[0]?.text] : b.kind)),
    ).toEqual([
      ['3.', 1, '第三项'],
      ['4.', 1, '第四项'],
      ['•', 2, '细目'],
    ]);
  });

  it('makes bold of ** that closes after Chinese punctuation', () => {
    const [block] = markdownBlocks('**出席：**黄强');
    expect(block).toMatchObject({
      runs: [
        { text: '出席：', bold: true },
        { text: '黄强', bold: false },
      ],
    });
  });

  it('joins a paragraph’s source lines: without a space between Chinese characters, with one between words', () => {
    expect(markdownBlocks('会议认为\n做好这项工作')).toMatchObject([
      { runs: [{ text: '会议认为做好这项工作' }] },
    ]);
    expect(markdownBlocks('The meeting\nheld')).toMatchObject([{ runs: [{ text: 'The meeting held' }] }]);
  });

  it('prints a link’s address after its text, and raw HTML as the text it is', () => {
    expect(markdownBlocks('See [the plan](https://example.gov.cn/plan).')).toMatchObject([
      { runs: [{ text: 'See the plan (https://example.gov.cn/plan).' }] },
    ]);
    expect(markdownBlocks('<b>x</b>')).toMatchObject([{ kind: 'paragraph', runs: [{ text: '<b>x</b>' }] }]);
  });
});
