// Release files as an archive holds them, generated for the import benchmark and the directory-import
// tests: one meeting per file, each on its own day (body, session and date identify a meeting), in the
// forms the importer reads (dateline with or without a year, active and passive adoptions, a lead-in).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BODY = "the People's Government of Sichuan Province";
const CHAIRS = ['Huang Qiang', 'Li Wei', 'Wang Xiaohui', 'Yin Li'];
const SUBJECTS = [
  'Rural Revitalization',
  'Flood Control',
  'Elderly Care',
  'Digital Government',
  'Grain Storage',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** The i-th release: held on the i-th day from 1 January 2000, with a few adopted documents. */
export function releaseText(i: number): { date: string; text: string } {
  const day = new Date(Date.UTC(2000, 0, 1 + i));
  const date = day.toISOString().slice(0, 10);
  const chair = CHAIRS[i % CHAIRS.length]!;
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const dateline = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}${i % 3 ? `, ${day.getUTCFullYear()}` : ''}`;
  const session = (i % 60) + 1;
  const adoption =
    i % 2
      ? `The meeting deliberated and adopted the Implementation Plan for ${subject}, the Notice on ${subject} Work and the Several Measures for ${subject}, emphasizing that every department should act.`
      : `At the meeting, the Plan for ${subject} and the Regulations on ${subject} were deliberated and adopted.`;
  const text = [
    'Open Governance',
    `${chair} Chairs Executive Meeting of ${BODY}`,
    `Updated: ${date}`,
    '',
    `On ${dateline}, ${chair}, Governor of ${BODY}, presided over the ${ordinal(session)} Executive Meeting of ${BODY} to study the work of ${subject.toLowerCase()}.`,
    '',
    `The meeting stressed the importance of ${subject.toLowerCase()} for the province's development, and asked every city to report on progress each quarter.`,
    '',
    adoption,
    '',
    'Some other issues were also discussed at the meeting.',
    '',
    "Hosted by: General Office of the People's Government of Sichuan Province",
  ];
  return { date, text: text.join('\n') };
}

/** Writes releases first…first+count-1 under dir/YYYY/, one file each; returns their paths. */
export function writeReleaseFiles(dir: string, count: number, first = 0): string[] {
  const files: string[] = [];
  for (let i = first; i < first + count; i++) {
    const { date, text } = releaseText(i);
    const folder = path.join(dir, date.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${date}-executive-meeting.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
