import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.join(__dirname, '../../.reports/security-figures.json');

/**
 * Prints a spec's figures as a table and merges them into .reports/security-figures.json under `section`,
 * so several specs add to one file that docs/reliability.md quotes.
 */
export function reportFigures(section: string, figures: Record<string, number | string>) {
  console.log(`\n${section}`);
  console.table(figures);
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    all = {};
  }
  all[section] = { ...figures, measuredAt: new Date().toISOString() };
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
}
