// Charts drawn on the server as SVG, with no script: a scale is one multiplication, so no chart library is
// shipped or needed. Each SVG is one image (role="img") named by its <title> and described by its <desc>.

export type Series = { name: string; colour: string };

const WIDTH = 640;

/** A category as its bar's label: without a leading article, cut to what fits (the table has it whole). */
const shortLabel = (c: string) => {
  const bare = c.replace(/^the /i, '');
  return bare.length > 36 ? `${bare.slice(0, 35)}…` : bare;
};
const niceMax = (max: number) => {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

function Legend({ series, y }: { series: Series[]; y: number }) {
  return (
    <g aria-hidden="true">
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${i * 200}, ${y})`}>
          <rect width="12" height="12" fill={s.colour} />
          <text x="18" y="11" fontSize="13" fill="#0f172a">
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Horizontal bars, one group per category, one bar per series (its value written at its end). */
export function BarChart({
  id,
  title,
  desc,
  categories,
  series,
  values,
}: {
  id: string;
  title: string;
  desc: string;
  categories: string[];
  series: Series[];
  /** values[category][series] */
  values: number[][];
}) {
  const label = 270;
  const bar = 16;
  const group = series.length * bar + 12;
  const legend = series.length > 1 ? 24 : 0;
  const height = legend + categories.length * group + 8;
  const max = niceMax(Math.max(0, ...values.flat()));
  const scale = (v: number) => (v / max) * (WIDTH - label - 50);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="max-w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {series.length > 1 ? <Legend series={series} y={0} /> : null}
      {categories.map((c, ci) => (
        <g key={c} transform={`translate(0, ${legend + ci * group})`}>
          <text x={label - 8} y={(series.length * bar) / 2 + 5} textAnchor="end" fontSize="13" fill="#0f172a">
            {shortLabel(c)}
          </text>
          {series.map((s, si) => {
            const v = values[ci]?.[si] ?? 0;
            return (
              <g key={s.name}>
                <rect
                  x={label}
                  y={si * bar}
                  width={Math.max(scale(v), v > 0 ? 2 : 0)}
                  height={bar - 3}
                  fill={s.colour}
                />
                <text x={label + scale(v) + 6} y={si * bar + 12} fontSize="12" fill="#0f172a">
                  {v}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** Lines over months (one per series), with points and the last value of each line written beside it. */
export function LineChart({
  id,
  title,
  desc,
  months,
  series,
  values,
}: {
  id: string;
  title: string;
  desc: string;
  months: string[];
  series: Series[];
  /** values[month][series] */
  values: number[][];
}) {
  const left = 48;
  const top = 28;
  const plot = { width: WIDTH - left - 16, height: 200 };
  const height = top + plot.height + 40;
  // From the lowest value (0, unless a figure is below it) to the highest, so every point is inside.
  const lowest = Math.min(0, ...values.flat());
  const min = lowest < 0 ? -niceMax(-lowest) : 0;
  const max = niceMax(Math.max(0, ...values.flat()));
  const x = (i: number) =>
    left + (months.length <= 1 ? plot.width / 2 : (i / (months.length - 1)) * plot.width);
  const y = (v: number) => top + plot.height - ((v - min) / (max - min)) * plot.height;
  const ticks = [min, (min + max) / 2, max];
  // At most about eight month labels, so they do not overlap.
  const every = Math.max(1, Math.ceil(months.length / 8));
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="max-w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <Legend series={series} y={0} />
      <g aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={left + plot.width} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize="12" fill="#334155">
              {Math.round(tick * 10) / 10}
            </text>
          </g>
        ))}
        {months.map((m, i) =>
          i % every === 0 || i === months.length - 1 ? (
            <text
              key={m}
              x={x(i)}
              y={top + plot.height + 18}
              // The first and last labels are kept inside the drawing.
              textAnchor={
                months.length < 2 ? 'middle' : i === 0 ? 'start' : i === months.length - 1 ? 'end' : 'middle'
              }
              fontSize="12"
              fill="#334155"
            >
              {m}
            </text>
          ) : null,
        )}
        {series.map((s, si) => (
          <g key={s.name}>
            <polyline
              fill="none"
              stroke={s.colour}
              strokeWidth="2.5"
              strokeDasharray={si === 1 ? '6 4' : undefined}
              points={months.map((_, i) => `${x(i)},${y(values[i]?.[si] ?? 0)}`).join(' ')}
            />
            {months.map((m, i) => (
              <circle key={m} cx={x(i)} cy={y(values[i]?.[si] ?? 0)} r="3.5" fill={s.colour} />
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}
