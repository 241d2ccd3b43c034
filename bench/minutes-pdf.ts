// npm run bench:minutes-pdf
//
// The minutes PDF of a 10-page minutes text, in each language, as the route would make it: the first
// render of a process (which reads and parses the fonts) and the median of the next ones, in wall time
// and in the process's CPU time (which other work on a busy machine disturbs less), with the file's size
// and its page count.
import { performance } from 'node:perf_hooks';
import { chineseSampleMinutes, englishSampleMinutes } from '@/test/fixtures/minutes-samples';
import { renderMinutesPdf, type MinutesPdfInput } from '@/web/minutes-pdf';

const RUNS = 5;

const pageCount = (pdf: Uint8Array) =>
  Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    .toString('latin1')
    .match(/\/Type \/Page\b/g)?.length ?? 0;

async function measure(label: string, input: MinutesPdfInput): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    pdf = await renderMinutesPdf(input);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (times: number[]) => times.slice(1).sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const ms = (time: number) => `${time.toFixed(0)} ms`;
  console.log(
    `${label}: ${pageCount(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB; ` +
      `first ${ms(wall[0]!)} (CPU ${ms(cpu[0]!)}), then median ${ms(median(wall))} (CPU ${ms(median(cpu))}) of ${RUNS}`,
  );
}

async function main(): Promise<void> {
  const footer = 'Generated 2024-02-24 09:30 · https://gazette.example/meetings/1/minutes.pdf';
  const zh = chineseSampleMinutes(16);
  const en = englishSampleMinutes(16);
  await measure('Chinese, issued', { language: 'zh', ...zh, draft: false, footer });
  await measure('Chinese, draft', { language: 'zh', ...zh, number: null, draft: true, footer });
  await measure('English, issued', { language: 'en', ...en, draft: false, footer });
}

void main();
