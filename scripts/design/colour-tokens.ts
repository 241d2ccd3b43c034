// The colour tokens of app/globals.css (@theme) and the token each raw Tailwind colour utility becomes.
// Components use the tokens only: one place decides a colour, elder mode re-maps every token at once, and
// contrast is checked once per token rather than per component (scripts/design/raw-colours.test.ts).

/** The semantic colours, by name; each is a Tailwind colour (`text-ink`, `bg-surface`, `border-line` …). */
export const COLOUR_TOKENS = [
  'ink', // body text
  'muted', // secondary text: dates, hints, counts
  'inverse', // text on a strong background (accent, danger, ink)
  'link',
  'accent', // primary buttons, pressed and current items
  'accent-strong', // their hover
  'brand', // the masthead's rule and name
  'surface', // panels, cards, inputs
  'canvas', // the page behind the panels
  'surface-muted', // table headers, quiet blocks
  'surface-strong',
  'line', // borders
  'line-subtle',
  'line-strong', // input and button borders
  'focus',
  'highlight', // search matches
  'info',
  'info-soft',
  'info-line',
  'success',
  'success-soft',
  'success-line',
  'warning',
  'warning-soft',
  'warning-line',
  'danger',
  'danger-soft',
  'danger-line',
] as const;

export type ColourToken = (typeof COLOUR_TOKENS)[number];

const NEUTRAL = ['slate', 'gray', 'zinc', 'neutral', 'stone'];
const FAMILY: Record<string, 'info' | 'danger' | 'warning' | 'success'> = {
  blue: 'info',
  indigo: 'info',
  sky: 'info',
  cyan: 'info',
  violet: 'info',
  purple: 'info',
  fuchsia: 'info',
  red: 'danger',
  rose: 'danger',
  pink: 'danger',
  amber: 'warning',
  yellow: 'warning',
  orange: 'warning',
  green: 'success',
  emerald: 'success',
  lime: 'success',
  teal: 'success',
};
const FAMILIES = [...NEUTRAL, ...Object.keys(FAMILY), 'white', 'black'].join('|');
const PREFIXES =
  'text|bg|border(?:-[xytrblse])?|divide|ring|outline|decoration|fill|stroke|placeholder|accent|caret|from|via|to|shadow';

/** A raw colour utility in class text or CSS (`hover:bg-slate-100`, `text-red-700/20`, `@apply text-blue-900`). */
export const RAW_COLOUR = new RegExp(
  `(?<![\\w-])(${PREFIXES})-(${FAMILIES})(?:-(\\d{2,3}))?(/\\d{1,3})?(?![\\w-])`,
  'g',
);

function neutralToken(kind: string, colour: string, shade: number): ColourToken {
  if (kind === 'text' || kind === 'placeholder' || kind === 'decoration' || kind === 'caret') {
    if (colour === 'white') return 'inverse';
    return colour === 'black' || shade >= 800 ? 'ink' : 'muted';
  }
  if (kind === 'bg' || kind === 'fill' || kind === 'from' || kind === 'via' || kind === 'to') {
    if (colour === 'white') return 'surface';
    if (colour === 'black' || shade >= 700) return 'ink';
    if (shade <= 50) return 'canvas';
    return shade <= 100 ? 'surface-muted' : 'surface-strong';
  }
  if (colour === 'white') return 'surface';
  if (colour === 'black') return 'ink';
  if (shade <= 200) return 'line-subtle';
  return shade <= 300 ? 'line' : 'line-strong';
}

function familyToken(kind: string, colour: string, shade: number): ColourToken {
  const family = FAMILY[colour] ?? 'info';
  if (kind === 'text' || kind === 'placeholder' || kind === 'decoration' || kind === 'caret')
    return family === 'info' ? 'link' : family;
  if (kind === 'bg' || kind === 'fill' || kind === 'from' || kind === 'via' || kind === 'to') {
    if (colour === 'yellow' && shade >= 200 && shade <= 300) return 'highlight';
    if (shade <= 200) return `${family}-soft`;
    if (family === 'info') return shade >= 900 ? 'accent-strong' : 'accent';
    return family;
  }
  if (kind === 'outline' || kind === 'ring') return family === 'info' ? 'focus' : family;
  if (shade <= 400) return `${family}-line`;
  return family === 'info' ? 'accent' : family;
}

/** The token utility that replaces a raw one: `text-slate-700` → `text-muted`, `bg-slate-900/40` → `bg-ink/40`. */
export function tokenFor(raw: string): string {
  const match = new RegExp(RAW_COLOUR.source).exec(raw);
  if (!match) throw new Error(`not a raw colour utility: ${raw}`);
  const [, prefix = '', colour = '', shadeText, opacity = ''] = match;
  const kind = prefix.startsWith('border') ? 'border' : prefix;
  const shade = Number(shadeText ?? 500);
  const token =
    NEUTRAL.includes(colour) || colour === 'white' || colour === 'black'
      ? neutralToken(kind, colour, shade)
      : familyToken(kind, colour, shade);
  return `${prefix}-${token}${opacity}`;
}

/** Every raw colour utility in a text, with its line and the token utility to use instead. */
export function rawColours(text: string): { line: number; raw: string; token: string }[] {
  const found: { line: number; raw: string; token: string }[] = [];
  text.split('\n').forEach((content, index) => {
    for (const match of content.matchAll(RAW_COLOUR))
      found.push({ line: index + 1, raw: match[0], token: tokenFor(match[0]) });
  });
  return found;
}
