import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_TOKENS } from './colour-tokens';

const css = readFileSync(path.resolve(__dirname, '../../app/globals.css'), 'utf8');

/** The colour tokens declared in one block of globals.css. */
function tokensOf(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}
const blockAfter = (selector: string) => {
  const start = css.indexOf(selector);
  return css.slice(start, css.indexOf('}', start));
};
const normal = tokensOf(blockAfter('@theme {'));
const elder = { ...normal, ...tokensOf(blockAfter("html[data-elder='on'] {")) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(colours: Record<string, string>, front: string, back: string): number {
  const [a, b] = [front, back].map((name) => {
    const hex = colours[name];
    if (!hex) throw new Error(`no colour token ${name} in app/globals.css`);
    return luminance(hex);
  }) as [number, number];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// Text on the backgrounds it is used on (WCAG 1.4.3, 4.5:1), and borders of controls (1.4.11, 3:1).
const TEXT_ON: [string, string[]][] = [
  [
    'ink',
    [
      'surface',
      'canvas',
      'surface-muted',
      'surface-strong',
      'highlight',
      'info-soft',
      'warning-soft',
      'danger-soft',
      'success-soft',
    ],
  ],
  [
    'muted',
    ['surface', 'canvas', 'surface-muted', 'info-soft', 'warning-soft', 'danger-soft', 'success-soft'],
  ],
  ['link', ['surface', 'canvas', 'surface-muted', 'info-soft']],
  ['inverse', ['accent', 'accent-strong', 'danger', 'ink']],
  ['info', ['surface', 'info-soft']],
  ['success', ['surface', 'success-soft']],
  ['warning', ['surface', 'warning-soft']],
  ['danger', ['surface', 'danger-soft']],
  ['brand', ['surface', 'canvas']],
];

describe.each([
  ['normal', normal],
  ['elder', elder],
])('the %s colours', (_, colours) => {
  it('declare every token', () => {
    expect(Object.keys(colours).sort()).toEqual([...COLOUR_TOKENS].sort());
  });

  it.each(TEXT_ON)('%s text reads at AA on its backgrounds', (text, backgrounds) => {
    for (const background of backgrounds)
      expect(contrast(colours, text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  });

  it('control borders and the focus ring stand out from the page (3:1)', () => {
    for (const line of ['line-strong', 'focus', 'accent'])
      expect(contrast(colours, line, 'surface'), line).toBeGreaterThanOrEqual(3);
  });
});
