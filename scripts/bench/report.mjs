// Renders .reports/bench.json as Markdown tables: one per size, then the growth from the smallest size
// to the largest. Each figure with a goal is printed beside it, with "ok" or "MISSED".
//   node scripts/bench/report.mjs [.reports/bench.json]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const fmt = (n, digits = 1) => (n === null || n === undefined ? '—' : Number(n).toFixed(digits));
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : '**MISSED**');
const row = (cells) => `| ${cells.join(' | ')} |`;

function sizeTable(s) {
  const r = s.runs;
  const lines = [
    `### ${s.size.toLocaleString('en')} published releases (${s.serverTime.meetings.toLocaleString('en')} meetings)` +
      (s.asked && s.asked !== s.size
        ? `: ${s.asked.toLocaleString('en')} asked, the rest not generated within the time budget (the next run continues)`
        : ''),
    '',
    row(['figure', 'measured', 'goal', '']),
    row(['---', '---', '---', '---']),
  ];
  const add = (figure, measured, goal, ok) => lines.push(row([figure, measured, goal, verdict(ok)]));
  const share10 = r.release10.rps / r.bare10.rps;
  const share50 = r.release50.rps / r.bare50.rps;
  add(
    'release page, 10 connections: req/s, p50/p99 ms',
    `${r.release10.rps} req/s, ${r.release10.p50}/${r.release10.p99} ms`,
    'p99 ≤ 25 ms',
    r.release10.p99 <= 25,
  );
  add(
    'bare node:http, same bytes, 10 connections',
    `${r.bare10.rps} req/s, ${r.bare10.p50}/${r.bare10.p99} ms`,
    '',
    null,
  );
  add('release page ÷ bare server, 10 connections', `${fmt(share10 * 100)} %`, '≥ 5 %', share10 >= 0.05);
  add(
    'release page, 50 connections: req/s, p50/p99 ms',
    `${r.release50.rps} req/s, ${r.release50.p50}/${r.release50.p99} ms`,
    '',
    null,
  );
  add(
    'bare node:http, same bytes, 50 connections',
    `${r.bare50.rps} req/s, ${r.bare50.p50}/${r.bare50.p99} ms`,
    '',
    null,
  );
  add('release page ÷ bare server, 50 connections', `${fmt(share50 * 100)} %`, '≥ 5 %', share50 >= 0.05);
  const cache = s.throughCache;
  if (cache?.skipped) add('release page through Varnish', `skipped: ${cache.skipped}`, '', null);
  if (r.varnish10) {
    const viaCache = r.varnish10.rps / r.bare10.rps;
    add(
      'release page through Varnish, 10 connections: req/s, p50/p99 ms',
      `${r.varnish10.rps} req/s, ${r.varnish10.p50}/${r.varnish10.p99} ms`,
      'p99 ≤ 10 ms',
      r.varnish10.p99 <= 10,
    );
    add(
      'through Varnish ÷ bare server, 10 connections',
      `${fmt(viaCache * 100)} %`,
      '≥ 60 %',
      viaCache >= 0.6,
    );
    add(
      'release page through Varnish, 50 connections: req/s, p50/p99 ms',
      `${r.varnish50.rps} req/s, ${r.varnish50.p50}/${r.varnish50.p99} ms`,
      '',
      null,
    );
    add(
      'requests Gazette answered for Varnish during those runs',
      `${cache.originRequests} of ${cache.requests}`,
      '1 per page per purge',
      cache.originRequests <= 1,
    );
  }
  for (const [what, samples] of Object.entries(cache?.purge ?? {})) {
    add(
      `${what} visible through Varnish (page and home), p50/p95/max ms of ${samples.samples.length}`,
      `${samples.p50}/${samples.p95}/${samples.max}` +
        (samples.missed ? `, ${samples.missed} not within 10 s` : ''),
      '≤ 1000 ms',
      samples.missed === 0 && samples.max <= 1000,
    );
  }
  const cachedOverDynamic = r.release10.rps / r.dynamic10.rps;
  add(
    'release page without the cache (draft mode), 10 connections',
    `${r.dynamic10.rps} req/s, ${r.dynamic10.p50}/${r.dynamic10.p99} ms`,
    '',
    null,
  );
  add('cached ÷ dynamic', `${fmt(cachedOverDynamic)}×`, '≥ 5×', cachedOverDynamic >= 5);
  const kb = (bytes) => `${fmt((bytes ?? 0) / 1e3)} KB`;
  for (const [name, label, goal] of [
    ['home', 'home', true],
    ['archive', 'archive', true],
    ['feed', 'feed.xml', true],
    ['archiveYear', `archive of one year (${kb(s.archivePages?.year.bytes)} of HTML)`, false],
    ['archiveMonth', `archive of one month (${kb(s.archivePages?.month.bytes)} of HTML)`, false],
  ]) {
    if (!r[name]) continue;
    const ratio = r.release10.rps / r[name].rps;
    add(
      `${label}, 10 connections (release page ÷ this)`,
      `${r[name].rps} req/s, ${r[name].p50}/${r[name].p99} ms (${fmt(ratio)}×)`,
      goal ? 'within 2×' : '',
      goal ? ratio <= 2 : null,
    );
  }
  if (s.sitemapFile)
    add(
      'sitemap: first file of releases, read whole',
      `${s.sitemapFile.addresses} addresses, ${fmt(s.sitemapFile.bytes / 1e6)} MB, ${s.sitemapFile.ms} ms`,
      '≤ 50,000 addresses',
      s.sitemapFile.addresses <= 50_000,
    );
  for (const [label, t] of Object.entries(s.serverTime.search)) {
    const http = s.searchHttp?.[label];
    add(
      `search "${t.query}" (${t.total} found): server p50/p95 ms [HTTP p50/p95]`,
      `${fmt(t.p50)}/${fmt(t.p95)} [${fmt(http?.p50)}/${fmt(http?.p95)}]`,
      'p95 ≤ 20 ms at 100k',
      s.size >= 100_000 ? t.p95 <= 20 : null,
    );
  }
  for (const [label, t] of Object.entries(s.serverTime.workspace)) {
    add(
      `workspace: ${label}, server p50/p95 ms`,
      `${fmt(t.p50)}/${fmt(t.p95)}`,
      'p95 ≤ 50 ms at 10k',
      s.size === 10_000 ? t.p95 <= 50 : null,
    );
  }
  const p2v = s.publishToVisibleMs ?? {};
  const slowest = Math.max(...Object.values(p2v).map((v) => (v === null ? Infinity : v)));
  add(
    'publish-to-visible, ms (release page, home, feed, search)',
    Object.entries(p2v)
      .map(([k, v]) => `${k} ${v ?? 'never'}`)
      .join(', '),
    '≤ 1000 ms',
    slowest <= 1000,
  );
  add('server RSS after the load runs', `${s.rssAfterLoadMb} MB`, '≤ 300 MB', s.rssAfterLoadMb <= 300);
  add(
    'database size per 1,000 releases',
    `${fmt(s.dbMbPer1000)} MB (file ${fmt(s.dbBytes / 1e6)} MB)`,
    'reported',
    null,
  );
  const extra = s.js.release.gzip - s.js.emptyPage.gzip;
  add(
    'JavaScript of the release page (gzip) beside the empty page of the same layout',
    `${s.js.release.gzip} B vs ${s.js.emptyPage.gzip} B (+${extra} B)`,
    '≤ baseline + 5 KB',
    extra <= 5 * 1024,
  );
  add('cold start to first response', `${s.coldStartMs} ms`, 'reported', null);
  add(
    'generating this archive through the data layer',
    `${fmt(s.generation.totalSeconds, 0)} s (cached between runs)`,
    'reported',
    null,
  );
  return lines.join('\n');
}

/** Figures compared from the smallest to the largest size: largest ÷ smallest (time: higher is worse). */
function growthTable(sizes) {
  const small = sizes[0];
  const large = sizes[sizes.length - 1];
  const lines = [
    `### Growth from ${small.size.toLocaleString('en')} to ${large.size.toLocaleString('en')} releases (worse by ×; goal ≤ 2×)`,
    '',
    row(['figure', String(small.size), String(large.size), 'worse by', '']),
    row(['---', '---', '---', '---', '---']),
  ];
  const rate = (name) => [name, (s) => s.runs[name].rps, 'rps'];
  const figures = [
    ['release page req/s, 10 conn.', (s) => s.runs.release10.rps, 'rps'],
    ['release page p99, 10 conn.', (s) => s.runs.release10.p99, 'ms'],
    ['release page req/s, 50 conn.', (s) => s.runs.release50.rps, 'rps'],
    ['release page, dynamic, req/s', (s) => s.runs.dynamic10.rps, 'rps'],
    ['home req/s', ...rate('home').slice(1)],
    ['archive req/s', ...rate('archive').slice(1)],
    ['feed req/s', ...rate('feed').slice(1)],
    ...Object.keys(small.serverTime.search).map((label) => [
      `search p95: ${label}`,
      (s) => s.serverTime.search[label].p95,
      'ms',
    ]),
    ...Object.keys(small.serverTime.workspace).map((label) => [
      `${label} p95`,
      (s) => s.serverTime.workspace[label].p95,
      'ms',
    ]),
    ['server RSS after load', (s) => s.rssAfterLoadMb, 'ms'],
    ['cold start', (s) => s.coldStartMs, 'ms'],
    ['database per 1,000 releases', (s) => s.dbMbPer1000, 'ms'],
  ];
  for (const [label, get, kind] of figures) {
    const a = get(small);
    const b = get(large);
    const worse = kind === 'rps' ? a / b : b / a;
    lines.push(row([label, fmt(a), fmt(b), `${fmt(worse, 2)}×`, verdict(worse <= 2)]));
  }
  return lines.join('\n');
}

export function renderReport(report) {
  const m = report.machine;
  const parts = [
    `Measured ${report.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; load average at start ${m.loadAverageAtStart.join(' ')}.`,
    `next build: ${report.buildSeconds === null ? 'not run (an existing build was used)' : `${fmt(report.buildSeconds, 0)} s`}; the whole run: ${report.totalSeconds} s.`,
    '',
    ...report.sizes.map((s) => `${sizeTable(s)}\n`),
  ];
  if (report.sizes.length > 1) parts.push(growthTable(report.sizes));
  return parts.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(renderReport(JSON.parse(readFileSync(process.argv[2] ?? '.reports/bench.json', 'utf8'))));
}
