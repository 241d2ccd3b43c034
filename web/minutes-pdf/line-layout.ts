import LineBreaker from 'linebreak';
import type { Run } from './markdown-blocks';

/** The width of a text in points, set in the regular or bold face at a size. */
export type Measure = (text: string, bold: boolean, size: number) => number;

export type Piece = { text: string; bold: boolean; width: number };

/** One line: its pieces (one per change of weight), their width without trailing spaces, where it starts
 * (the indent from the left of the column), how far a closing mark at its end hangs past the column, and
 * whether it ends its paragraph or a forced break (such a line is not stretched to the full width). */
export type Line = {
  pieces: Piece[];
  width: number;
  indent: number;
  available: number;
  hang: number;
  ends: boolean;
};

export type LineOptions = { size: number; width: number; firstIndent: number; restIndent: number };

type Segment = { pieces: Piece[]; width: number; trimmedWidth: number; required: boolean };

/** Breaks a paragraph's runs into lines where Unicode allows (between words, between Chinese characters
 * but not before a closing mark such as 。or ）), filling each line as far as it goes. A word wider than
 * the line is cut between characters. */
export function breakLines(runs: readonly Run[], measure: Measure, options: LineOptions): Line[] {
  const lines: Line[] = [];
  let current: Piece[] = [];
  let width = 0;
  const indent = () => (lines.length === 0 ? options.firstIndent : options.restIndent);
  const available = () => options.width - indent();
  const finish = (ends: boolean) => {
    const pieces = trimEnd(current, measure, options.size);
    const lineWidth = sum(pieces);
    const hang = lineWidth > available() ? hangingWidth(pieces, measure, options.size) : 0;
    lines.push({ pieces, width: lineWidth, indent: indent(), available: available(), hang, ends });
    current = [];
    width = 0;
  };
  for (const segment of segments(runs, measure, options.size)) {
    for (const part of fitSegment(segment, available(), measure, options.size)) {
      const fits =
        width + part.trimmedWidth - hangingWidth(part.pieces, measure, options.size) <= available();
      if (current.length > 0 && !fits) finish(false);
      current.push(...part.pieces);
      width += part.width;
    }
    if (segment.required) finish(true);
  }
  const last = lines.at(-1);
  if (current.length > 0 || !last) finish(true);
  else last.ends = true;
  return lines.map((line) => ({ ...line, pieces: mergePieces(line.pieces) }));
}

function segments(runs: readonly Run[], measure: Measure, size: number): Segment[] {
  const text = runs.map((r) => r.text).join('');
  const boldAt: boolean[] = runs.flatMap((r) => Array<boolean>(r.text.length).fill(r.bold));
  const result: Segment[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const raw = text.slice(start, found.position);
    const body = found.required ? raw.replace(/\r?\n$|\r$/, '') : raw;
    const pieces: Piece[] = [];
    let from = 0;
    while (from < body.length) {
      const bold = boldAt[start + from] ?? false;
      let to = from + 1;
      while (to < body.length && boldAt[start + to] === bold) to++;
      const piece = body.slice(from, to);
      pieces.push({ text: piece, bold, width: measure(piece, bold, size) });
      from = to;
    }
    result.push({
      pieces,
      width: sum(pieces),
      trimmedWidth: sum(trimEnd(pieces, measure, size)),
      required: found.required,
    });
    start = found.position;
  }
  return result;
}

/** A segment as it is, or, wider than a whole line, cut into parts that each fit one. */
function fitSegment(segment: Segment, available: number, measure: Measure, size: number): Segment[] {
  if (segment.trimmedWidth <= available) return [segment];
  const parts: Segment[] = [];
  let pieces: Piece[] = [];
  let width = 0;
  for (const piece of segment.pieces) {
    for (const char of Array.from(piece.text)) {
      const charWidth = measure(char, piece.bold, size);
      if (pieces.length > 0 && width + charWidth > available) {
        parts.push({ pieces, width, trimmedWidth: width, required: false });
        pieces = [];
        width = 0;
      }
      pieces.push({ text: char, bold: piece.bold, width: charWidth });
      width += charWidth;
    }
  }
  parts.push({ pieces, width, trimmedWidth: sum(trimEnd(pieces, measure, size)), required: false });
  return parts;
}

// A full-width closing mark may end a line past the column's edge, as word processors set Chinese by
// default (hanging punctuation), rather than leave the line short or pull its last character down with it.
const HANGING = new Set(Array.from('，。、；：！？）》」』】〕〉”’'));

/** The width of the closing mark that ends these pieces and may hang, or 0. */
function hangingWidth(pieces: readonly Piece[], measure: Measure, size: number): number {
  const last = pieces.at(-1);
  const char = last ? Array.from(last.text).at(-1) : undefined;
  return last && char && HANGING.has(char) ? measure(char, last.bold, size) : 0;
}

function trimEnd(pieces: readonly Piece[], measure: Measure, size: number): Piece[] {
  const result = [...pieces];
  for (let last = result.at(-1); last; last = result.at(-1)) {
    const text = last.text.trimEnd();
    if (text === last.text) break;
    if (text) {
      result[result.length - 1] = { ...last, text, width: measure(text, last.bold, size) };
      break;
    }
    result.pop();
  }
  return result;
}

function mergePieces(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && last.bold === piece.bold) {
      last.text += piece.text;
      last.width += piece.width;
    } else merged.push({ ...piece });
  }
  return merged;
}

const sum = (pieces: readonly Piece[]) => pieces.reduce((total, p) => total + p.width, 0);
