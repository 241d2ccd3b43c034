// npm run bench:search -- [--sizes 1000,10000,100000] [--runs 30] [--cache DIR] [--json FILE]
//
// Server time of public search (searchReleases, in-process: what the search page waits for) over generated
// archives of 1,000, 10,000 and 100,000 published releases, per query class, as p50/p95 in milliseconds,
// with the 100k/1k ratio. Each archive is generated once (bench/search-archive.ts) and kept in the cache
// directory, under a name that changes when the generator or any migration changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db';
import { searchReleases } from '@/data/search';
import { chineseTailWord, generateArchive, tailWord } from './search-archive';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '30' },
    cache: { type: 'string', default: path.join(tmpdir(), 'gazette-search-bench') },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('--sizes takes positive whole numbers separated by commas, --runs a positive whole number');
  process.exit(2);
}

// "Rare" queries look for the planted sentence, in PLANTED_RELEASES releases at every size. "Uncommon" words
// are chosen by their rank in the generated vocabulary, in about 0.2% of English releases (2 of 1,000,
// 200 of 100,000); "common" ones are in most releases.
const uncommon = [tailWord(29_000), tailWord(25_000)];
const zhUncommon = [chineseTailWord(15_000), chineseTailWord(19_000)];
export const QUERY_CLASSES: { name: string; queries: string[]; page?: number }[] = [
  { name: 'one word, rare', queries: ['quokka', 'charter'] },
  { name: 'one word, uncommon', queries: uncommon },
  { name: 'one word, common', queries: ['meeting', 'development', 'the'] },
  { name: 'one word, common, page 10', queries: ['development'], page: 10 },
  { name: 'two words, rare', queries: ['quokka wetland', 'quokka development'] },
  { name: 'two words, common', queries: ['economic development', 'province meeting'] },
  { name: 'phrase, rare', queries: ['"quokka wetland charter"', '"adopted the quokka"'] },
  { name: 'phrase, frequent words seldom adjacent', queries: ['"panda heritage"', '"aviation tea"'] },
  { name: 'phrase, common', queries: ['"executive meeting"', '"economic development"'] },
  { name: 'Chinese 2 chars, rare', queries: ['麒麟', '湿地'] },
  { name: 'Chinese 2 chars, uncommon', queries: zhUncommon },
  { name: 'Chinese 2 chars, common', queries: ['会议', '发展', '政府'] },
  { name: 'Chinese 4 chars, rare', queries: ['麒麟湿地', '湿地保护'] },
  { name: 'Chinese 4 chars, common', queries: ['常务会议', '人民政府', '乡村振兴'] },
];

/** Changes whenever the generated archive would differ: the generator or the schema (any migration). */
function archiveKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(__dirname, 'search-archive.ts')));
  const migrations = path.join(process.cwd(), 'db', 'migrations');
  for (const file of readdirSync(migrations)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(path.join(migrations, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

type Holder = { __gazetteDb?: ReturnType<typeof openDatabase> };
const holder = globalThis as unknown as Holder;

/** Points the data layer at the cached archive of `size` releases, generating it first if needed. */
function openArchive(size: number): void {
  mkdirSync(values.cache, { recursive: true });
  const file = path.join(values.cache, `search-${size}-${archiveKey()}.db`);
  if (!existsSync(file)) {
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    const started = performance.now();
    const { sqlite } = openDatabase(partial);
    generateArchive(sqlite, size);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    renameSync(partial, file);
    console.log(
      `generated ${size} releases in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}`,
    );
  }
  holder.__gazetteDb?.sqlite.close();
  holder.__gazetteDb = openDatabase(file);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// Wall time is what a visitor waits for; CPU time (this process's, user + system) is the same work without
// the waits a busy machine adds, so runs on a shared machine can still be compared.
type Figure = { p50: number; p95: number; cpuP50: number; cpuP95: number; matches: string };
const figures = new Map<string, Map<number, Figure>>();

for (const size of sizes) {
  openArchive(size);
  for (const { name, queries, page = 1 } of QUERY_CLASSES) {
    const times: number[] = [];
    const cpu: number[] = [];
    const matches: string[] = [];
    for (const q of queries) {
      const first = searchReleases('en', q, page); // warm the page cache; not counted
      matches.push(`${first.capped ? '>' : ''}${first.total}`);
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        const t = performance.now();
        searchReleases('en', q, page);
        times.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const figure = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      cpuP50: percentile(cpu, 50),
      cpuP95: percentile(cpu, 95),
      matches: matches.join('/'),
    };
    if (!figures.has(name)) figures.set(name, new Map());
    figures.get(name)!.set(size, figure);
  }
}
holder.__gazetteDb?.sqlite.close();

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
function table(title: string, p50: keyof Figure, p95: keyof Figure): string {
  const header = [
    'query class',
    ...sizes.map((s) => `${label(s)} p50 / p95 ms`),
    ...(sizes.length > 1 ? [`p95 ${label(largest)}/${label(smallest)}`] : []),
    `matches ${sizes.map(label).join(' / ')}`,
  ];
  const lines = [`${title}\n`, `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [name, bySize] of figures) {
    const at = (s: number) => bySize.get(s)!;
    const cells = sizes.map((s) => `${ms(at(s)[p50] as number)} / ${ms(at(s)[p95] as number)}`);
    const ratio = (at(largest)[p95] as number) / (at(smallest)[p95] as number);
    const ratioCell = sizes.length > 1 ? [`${ratio.toFixed(1)}×`] : [];
    const matches = sizes.map((s) => at(s).matches).join(' · ');
    lines.push(`| ${[name, ...cells, ...ratioCell, matches].join(' | ')} |`);
  }
  return lines.join('\n');
}
console.log(
  `\nsearch server time, ${runs} runs per query; load average at the end ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${cpus().length} cores`,
);
console.log(`queries: ${QUERY_CLASSES.map((c) => `${c.name}: ${c.queries.join(', ')}`).join('; ')}\n`);
console.log(table('wall time (what a visitor waits for)', 'p50', 'p95'));
console.log('');
console.log(
  table(
    'CPU time of the searching process (the same work, without waits for other processes)',
    'cpuP50',
    'cpuP95',
  ),
);
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify(
      Object.fromEntries([...figures].map(([name, bySize]) => [name, Object.fromEntries(bySize)])),
      null,
      2,
    ),
  );
}
