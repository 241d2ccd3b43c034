import type { ReactNode } from 'react';

/**
 * A chart with its title, its figures as a table below it, and the SVG marked as one image named by the
 * title and described by its description (so a screen reader hears what it shows, then may read the table).
 */
export function ChartFrame({
  id,
  title,
  svg,
  table,
  tableLabel,
}: {
  id: string;
  title: string;
  svg: ReactNode;
  table: ReactNode;
  tableLabel: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-line bg-surface p-4">
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {svg}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-link underline">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}

/** A plain table of a chart's figures: a header row, then one row per category. */
export function FiguresTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {head.map((h) => (
            <th key={h} scope="col" className="p-1.5">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={String(r[0])} className="border-b border-line-subtle">
            {r.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="p-1.5 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={i} className="p-1.5 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
