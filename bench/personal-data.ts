// npm run bench:personal-data -- [--size 100000] [--runs 50]
//
// The personal-data scan on a release-sized text and more: about 100 KB (100,000 UTF-16 characters by
// default) of the demo's Chinese and English paragraphs, with a handful of personal data (ID numbers, a
// mobile, a landline, an e-mail, a card, an address) and the numbers that look like it (document numbers,
// dates, amounts) spread through it. Prints the median and p95 of the scan over the runs and their ratio
// to a plain `text.includes` over the same text (of a character the text does not hold, so it reads all
// of it), in wall time and in CPU time (on a shared machine the wall time's tail is mostly waiting for a
// core). Then the same for texts of the same size built to be hard (a digit and a space repeated, a
// number on every line, an address repeated): the scan's worst cases, not its usual ones. The aim: well
// under 50 ms a scan.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_AGENDA, DEMO_DECISIONS, DEMO_MEETING } from '../db/demo-records';
import { scanPersonalData } from '../domain/personal-data';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '50' } },
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isSafeInteger(size) || size < 1000 || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('--size takes a whole number of characters (1000 or more), --runs a positive whole number');
  process.exit(2);
}

const paragraphs = [
  DEMO_MEETING.purposeZh,
  DEMO_MEETING.purpose,
  ...DEMO_AGENDA.flatMap((a) => [a.stressedZh, a.stressed, a.titleZh, a.title]),
  ...DEMO_DECISIONS.flatMap((d) => [d.emphasisZh, d.emphasis, `《${d.titleZh}》`, d.title]),
  '根据川府发〔2024〕5号文件，2024年2月23日下达资金1,380,013,800元，同比增长13.8%，咨询热线12345。',
  'The province recorded a GDP of 6.01 trillion yuan in 2023 (see https://www.sc.gov.cn/10462/2024/2/23/13800138000.shtml).',
].filter(Boolean);

// Made-up values: the ID's check character is right (MOD 11-2), the card passes Luhn.
const personal = [
  '申请人王某，身份证号码：510107198506142038，联系电话13812345678。',
  'Applicant ID 110101 19900307 1233, e-mail z.wang@example.com, tel. 028-86012345.',
  '住址：成都市武侯区人民南路四段19号3栋2单元501室；银行卡6222 0212 3456 7890 128。',
];

function buildText(): { text: string; planted: number } {
  const parts: string[] = [];
  let length = 0;
  let planted = 0;
  for (let k = 0; length < size; k++) {
    const part = k % 40 === 39 ? personal[planted++ % personal.length]! : paragraphs[k % paragraphs.length]!;
    parts.push(part);
    length += part.length + 1;
  }
  return { text: parts.join('\n').slice(0, size), planted };
}

/**
 * Wall time and CPU time of each run, in ms, each sorted. On a shared machine the wall time's tail is the
 * time the process waited for a core; the CPU time is what the scan itself costs.
 */
function timeRuns(work: () => unknown): { wall: number[]; cpu: number[] } {
  for (let k = 0; k < 20; k++) work(); // warm the JIT and the regular expressions
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    work();
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function hardCases(): string[] {
  const hard: [string, string][] = [
    ['a digit and a space', '1 '],
    ['a number on every line', '1380013\n'],
    ['an address', '人民南路四段19号，'],
    ['full-width digits', '１２３４５６７８９０'],
  ];
  return hard.map(([name, unit]) => {
    const hardText = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const times = timeRuns(() => scanPersonalData(hardText));
    return `  hard text, ${name}: median ${ms(percentile(times.wall, 50))} (CPU p95 ${ms(percentile(times.cpu, 95))})`;
  });
}

const { text, planted } = buildText();
const absent = '\u0001';
if (text.includes(absent)) throw new Error('the baseline needs a character the text does not hold');

let findings = 0;
const scan = timeRuns(() => (findings = scanPersonalData(text).length));
const includes = timeRuns(() => text.includes(absent));

const bytes = Buffer.byteLength(text, 'utf8');
const median = percentile(scan.wall, 50);
const p95 = percentile(scan.wall, 95);
const baseline = percentile(includes.wall, 50);
const cpuP95 = percentile(scan.cpu, 95);
const ms = (t: number) => `${t.toFixed(2)} ms`;
console.log(
  [
    `text: ${text.length} characters (${(bytes / 1024).toFixed(1)} KiB as UTF-8), ${planted} planted passages, ${findings} findings`,
    `scanPersonalData, ${runs} runs: median ${ms(median)}, p95 ${ms(p95)}, slowest ${ms(scan.wall[runs - 1]!)} (wall time)`,
    `  CPU time: median ${ms(percentile(scan.cpu, 50))}, p95 ${ms(cpuP95)}, most ${ms(scan.cpu[runs - 1]!)}`,
    `text.includes, ${runs} runs: median ${(baseline * 1000).toFixed(1)} µs`,
    `ratio of the medians: ${(median / baseline).toFixed(0)}×`,
    ...hardCases(),
    `aim, well under 50 ms: wall-time p95 ${p95 < 50 ? 'under' : 'OVER'} 50 ms, CPU-time p95 ${cpuP95 < 50 ? 'under' : 'OVER'} 50 ms (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
  ].join('\n'),
);
