// Writes a sample of the minutes PDF in each language, issued and draft, to look at:
//   npx tsx scripts/minutes-pdf-sample.ts [directory]     (default /tmp)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMinutesPdf } from '@/web/minutes-pdf';
import { chineseSampleMinutes, englishSampleMinutes } from '@/test/fixtures/minutes-samples';

async function main(): Promise<void> {
  const directory = process.argv[2] ?? '/tmp';
  const samples = { zh: chineseSampleMinutes(), en: englishSampleMinutes() };

  for (const language of ['zh', 'en'] as const) {
    const { heading, number, markdown } = samples[language];
    for (const draft of [false, true]) {
      const pdf = await renderMinutesPdf({
        language,
        heading,
        number: draft ? null : number,
        draft,
        markdown,
        footer: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · https://gazette.example/meetings/1/minutes.pdf`,
      });
      const file = path.join(directory, `minutes-sample-${language}${draft ? '-draft' : ''}.pdf`);
      writeFileSync(file, pdf);
      console.log(`${file}: ${(pdf.byteLength / 1024).toFixed(0)} KB`);
    }
  }
}

void main();
