import type BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { importReleases, type ImportSource, type ImportVerdict } from './import';

// The dry run's promise: its verdict per file (would import, already there, would refuse and why) is what
// the import then does, for any texts, any batch (files of one meeting, repeated files) and any register.

const seed = readFileSync(path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt'), 'utf8');
const seedLines = seed.split('\n');

/** The seed release, varied where imports differ: session, day, year, Updated line, lost lines, a cut. */
const releaseText = fc
  .record({
    session: fc.constantFrom(1, 2, 3, 25),
    day: fc.integer({ min: 20, max: 31 }),
    yearInDateline: fc.boolean(),
    updated: fc.constantFrom(null, '2024-02-23', '2024-03-01', '2023-12-31'),
    dropped: fc.uniqueArray(fc.integer({ min: 0, max: seedLines.length - 1 }), { maxLength: 3 }),
    cutAt: fc.option(fc.integer({ min: 0, max: seed.length }), { nil: null }),
  })
  .map((v) => {
    let lines = seedLines.filter((_, i) => !v.dropped.includes(i));
    if (v.updated) lines = [...lines.slice(0, 2), `Updated: ${v.updated}`, ...lines.slice(2)];
    let text = lines
      .join('\n')
      .replace('25th Executive', `${v.session}th Executive`)
      .replace('On February 23,', `On February ${v.day}${v.yearInDateline ? ', 2024' : ''},`);
    if (v.cutAt !== null) text = text.slice(0, v.cutAt);
    return text;
  });

// The Chinese release of the seed's meeting: it joins that meeting when the English one is in, in either order.
const chinese = readFileSync(
  path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.zh.txt'),
  'utf8',
);

const batch = fc.record({
  texts: fc.array(
    fc.oneof({ weight: 4, arbitrary: releaseText }, { weight: 1, arbitrary: fc.constant(chinese) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  repeat: fc.boolean(),
  year: fc.constantFrom(undefined, 2024),
  alreadyInRegister: fc.option(releaseText, { nil: null }),
});

const sqlite = () =>
  (globalThis as unknown as { __gazetteDb: { sqlite: BetterSqlite3.Database } }).__gazetteDb.sqlite;

/** Runs `work` and undoes everything it wrote, so every case starts from the same register. */
function undone<T>(work: () => T): T {
  sqlite().exec('SAVEPOINT property_case');
  try {
    return work();
  } finally {
    sqlite().exec('ROLLBACK TO property_case; RELEASE property_case');
  }
}

const outcome = (v: ImportVerdict) => (v.verdict === 'refused' ? `refused:${v.code}` : v.verdict);

let cleanup: () => void;
let admin: Actor;
beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('dry-run-admin', ['admin']);
});
afterAll(() => cleanup());

describe('the dry run', () => {
  it('gives every file the verdict the import then gives it', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(batch, ({ texts, repeat, year, alreadyInRegister }) => {
        const sources: ImportSource[] = texts.map((text, i) => ({
          fileName: `release-${i}.txt`,
          text,
          year,
        }));
        if (repeat) sources.push({ ...sources[0]!, fileName: 'again.txt' });
        undone(() => {
          if (alreadyInRegister)
            importReleases(admin, [{ fileName: 'earlier.txt', text: alreadyInRegister, year }]);
          const dry = importReleases(admin, sources, { dryRun: true }).map(outcome);
          const real = importReleases(admin, sources).map(outcome);
          expect(dry).toEqual(real);
          for (const o of real) seen.add(o);
        });
      }),
      { numRuns: 150 },
    );
    // The generator must reach the interesting verdicts, or the property says little.
    expect(seen).toContain('created');
    expect(seen).toContain('already_imported');
    expect(seen).toContain('refused:import.meetingExists');
    expect([...seen].some((o) => o.startsWith('refused:no_'))).toBe(true);
  });

  it('leaves the register as it found it', () => {
    const count = () => (sqlite().prepare('select count(*) as n from meetings').get() as { n: number }).n;
    const before = count();
    const verdicts = importReleases(admin, [{ fileName: 'seed.txt', text: seed, year: 2024 }], {
      dryRun: true,
    });
    expect(verdicts.map(outcome)).toEqual(['created']);
    expect(count()).toBe(before);
  });
});
