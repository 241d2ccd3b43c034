import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOUR_TOKENS, rawColours, tokenFor } from './colour-tokens';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(tsx?|css)$/.test(name) ? [file] : [];
  });
}

describe('colour utilities', () => {
  it('are design tokens everywhere in app/ and components/', () => {
    const found = ['app', 'components']
      .flatMap((dir) => sources(path.join(root, dir)))
      .flatMap((file) =>
        rawColours(readFileSync(file, 'utf8')).map(
          ({ line, raw, token }) => `${path.relative(root, file)}:${line}: ${raw} → use ${token}`,
        ),
      );
    expect(
      found,
      `raw colour utilities found; use the design tokens of app/globals.css instead:\n${found.join('\n')}\n`,
    ).toEqual([]);
  });

  it('map each raw utility to a token that exists', () => {
    const cases: Record<string, string> = {
      'text-slate-700': 'text-muted',
      'text-slate-900': 'text-ink',
      'bg-blue-800': 'bg-accent',
      'hover:bg-blue-900': 'bg-accent-strong',
      'bg-white': 'bg-surface',
      'border-slate-300': 'border-line',
      'border-l-amber-500': 'border-l-warning',
      'bg-red-50': 'bg-danger-soft',
      'bg-slate-900/40': 'bg-ink/40',
      'text-white': 'text-inverse',
      'bg-yellow-200': 'bg-highlight',
    };
    for (const [raw, token] of Object.entries(cases)) {
      expect(tokenFor(raw.replace(/^\w+:/, ''))).toBe(token);
    }
    const names = new Set<string>(COLOUR_TOKENS);
    for (const raw of [
      'text-emerald-600',
      'bg-gray-200',
      'ring-indigo-500',
      'divide-zinc-100',
      'fill-rose-700',
    ])
      expect(
        names.has(
          tokenFor(raw)
            .replace(/^[a-z]+-/, '')
            .replace(/\/\d+$/, ''),
        ),
      ).toBe(true);
  });

  it('leave other classes alone', () => {
    expect(rawColours('text-lg bg-surface border-line text-ink-slate-700x whitespace-pre')).toEqual([]);
  });
});
