import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';

/** A stretch of text in one weight. */
export type Run = { text: string; bold: boolean };

/** What the page lays out: the Markdown reduced to the blocks the official layout knows. `level` counts
 * the nesting of lists and quotes, each step indenting the block by two characters. */
export type Block =
  | { kind: 'heading'; depth: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; level: number; marker: string | null }
  | { kind: 'rule' };

/** The Markdown of a revision as blocks. Raw HTML is shown as the text it is (the PDF renders no markup);
 * a link keeps its text, and its address when that differs, since paper has no links. Bold that closes
 * after Chinese punctuation (**出席：**黄强) is bold: plain CommonMark would print the asterisks. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const tree = fromMarkdown(markdown, { extensions: [cjkFriendlyExtension()] });
  for (const node of tree.children) addBlock(node, blocks, 0);
  return blocks;
}

function addBlock(node: RootContent, blocks: Block[], level: number): void {
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', depth: node.depth, runs: phrasingRuns(node.children, false) });
      return;
    case 'paragraph':
      blocks.push({
        kind: 'paragraph',
        runs: phrasingRuns(node.children, false),
        level,
        marker: null,
      });
      return;
    case 'thematicBreak':
      blocks.push({ kind: 'rule' });
      return;
    case 'blockquote':
      for (const child of node.children) addBlock(child, blocks, level + 1);
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
        const start = blocks.length;
        for (const child of item.children) addBlock(child, blocks, level + 1);
        const first = blocks[start];
        // The marker goes on the item's first paragraph; an item that opens with a nested list gets one of its own.
        if (first?.kind === 'paragraph' && first.level === level + 1) {
          blocks[start] = { ...first, marker };
        } else {
          blocks.splice(start, 0, {
            kind: 'paragraph',
            runs: [],
            level: level + 1,
            marker,
          });
        }
      });
      return;
    case 'code':
    case 'html':
      blocks.push({
        kind: 'paragraph',
        runs: [{ text: node.value, bold: false }],
        level,
        marker: null,
      });
      return;
    default:
      // Definitions and the like print nothing; anything else with text prints that text.
      if ('children' in node) {
        const runs = phrasingRuns(node.children as PhrasingContent[], false);
        if (runs.length) blocks.push({ kind: 'paragraph', runs, level, marker: null });
      }
  }
}

function phrasingRuns(nodes: readonly Nodes[], bold: boolean): Run[] {
  const runs: Run[] = [];
  const push = (text: string, weight: boolean) => {
    const last = runs.at(-1);
    if (last && last.bold === weight) last.text += text;
    else if (text) runs.push({ text, bold: weight });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        push(node.type === 'text' ? joinSoftBreaks(node.value) : node.value, bold);
        break;
      case 'break':
        push('\n', bold);
        break;
      case 'strong':
        for (const run of phrasingRuns(node.children, true)) push(run.text, run.bold);
        break;
      case 'link': {
        const inner = phrasingRuns(node.children, bold);
        for (const run of inner) push(run.text, run.bold);
        if (inner.map((r) => r.text).join('') !== node.url) push(` (${node.url})`, bold);
        break;
      }
      case 'image':
        push(node.alt ?? '', bold);
        break;
      default:
        if ('children' in node) for (const run of phrasingRuns(node.children, bold)) push(run.text, run.bold);
    }
  }
  return runs;
}

const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const SOFT_BREAK_IN_CJK = new RegExp(`(${CJK})\\n(?=${CJK})`, 'g');

/** A line break inside a paragraph's source joins its lines: with a space between words, with nothing
 * between Chinese characters (a space there would show as a gap). */
function joinSoftBreaks(text: string): string {
  return text.replace(SOFT_BREAK_IN_CJK, '$1').replace(/\n/g, ' ');
}
