// The tally of an import, printed as a table at the end and written whole with --report.
import type { ImportVerdict } from '../../data/import';
import { warningKind } from '../../domain/release-import-warnings';

export type Tally = {
  files: number;
  created: number;
  alreadyThere: number;
  refused: number;
  refusedByReason: Record<string, number>;
  warningsByKind: Record<string, number>;
};

export function newTally(): Tally {
  return { files: 0, created: 0, alreadyThere: 0, refused: 0, refusedByReason: {}, warningsByKind: {} };
}

export function count(tally: Tally, v: ImportVerdict): void {
  tally.files++;
  if (v.verdict === 'created') tally.created++;
  else if (v.verdict === 'already_imported') tally.alreadyThere++;
  if (v.verdict === 'refused') {
    tally.refused++;
    tally.refusedByReason[v.code] = (tally.refusedByReason[v.code] ?? 0) + 1;
  }
  for (const w of v.warnings) {
    const kind = warningKind(w);
    tally.warningsByKind[kind] = (tally.warningsByKind[kind] ?? 0) + 1;
  }
}

type Label = (
  key: 'files' | 'imported' | 'alreadyThere' | 'refusedTotal' | 'reason' | 'kind',
  name?: string,
) => string;

/** Rows of label and number, aligned: the totals, then refusals by reason and warnings by kind. */
export function summaryTable(tally: Tally, label: Label): string {
  const byCount = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]);
  const rows: [string, number][] = [
    [label('files'), tally.files],
    [label('imported'), tally.created],
    [label('alreadyThere'), tally.alreadyThere],
    [label('refusedTotal'), tally.refused],
    ...byCount(tally.refusedByReason).map(([reason, n]): [string, number] => [
      `  ${label('reason', reason)}`,
      n,
    ]),
    ...byCount(tally.warningsByKind).map(([kind, n]): [string, number] => [label('kind', kind), n]),
  ];
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, n]) => `  ${l.padEnd(width)}  ${String(n).padStart(7)}`).join('\n');
}
