import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The real press release Gazette is measured against, split into its parts: section line, headline,
 * body paragraphs and the footer lines.
 */
export function readSeedRelease() {
  const text = readFileSync(path.join(__dirname, '../fixtures/executive-meeting-2024-02-23.txt'), 'utf8');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const footerStart = lines.findIndex((l) => l.startsWith('Hosted by:'));
  return {
    section: lines[0]!,
    headline: lines[1]!,
    paragraphs: lines.slice(2, footerStart),
    footer: lines.slice(footerStart),
  };
}
