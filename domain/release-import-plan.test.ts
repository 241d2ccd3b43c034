import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { readSeedRelease } from '@/test/support/seed-release';
import { paragraphsToMarkdown, planImport } from './release-import-plan';
import { parseRelease, ReleaseParseError } from './release-import';

const seedText = readFileSync(
  path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt'),
  'utf8',
);
const plan = (text: string, year?: number) => planImport(parseRelease(text, { year }), 'f.txt');

describe('planImport', () => {
  it('plans the seed: meeting, decisions, the body as stored, first published on the meeting day', () => {
    const p = plan(seedText, 2024);
    expect(p).toMatchObject({
      bodyName: "the People's Government of Sichuan Province",
      meetingName: 'Executive Meeting',
      sessionNumber: 25,
      heldOn: '2024-02-23',
      chairName: 'Huang Qiang',
      chairTitle: DEMO_MEETING.chairTitle,
      verb: 'presided over',
      purpose: DEMO_MEETING.purpose,
      publishedOn: '2024-02-23',
      warnings: [],
    });
    expect(p.decisions).toEqual(DEMO_DECISIONS.map(({ title, kind, outcome }) => ({ title, kind, outcome })));
    // Nothing in the seed needs escaping: stored as it reads.
    expect(p.bodyMarkdown).toBe(readSeedRelease().paragraphs.join('\n\n'));
  });

  it('takes the first-published day from the Updated line, unless it is before the meeting', () => {
    const updated = (stamp: string) =>
      seedText.replace('Open Governance\n', `Open Governance\nUpdated:${stamp}\n`);
    expect(plan(updated('2024.02.26')).publishedOn).toBe('2024-02-26');
    expect(plan(updated('2024.02.20'), 2024).publishedOn).toBe('2024-02-23');
  });

  it('records a kind it cannot guess as "measures", and says so', () => {
    const text = seedText.replace(
      'the Notice on Further Facilitating',
      'the Charter on Further Facilitating',
    );
    const p = plan(text, 2024);
    expect(p.decisions[1]).toEqual({
      title: 'Charter on Further Facilitating Land Acquisition',
      kind: 'measures',
      outcome: 'adopted',
    });
    expect(p.warnings.join('\n')).toMatch(/recorded as "measures".*Charter on Further Facilitating/);
  });

  it.each([
    ['no year', seedText, undefined, /^f\.txt:4: .*"February 23" has no year/],
    ['no session number', seedText.replace('25th ', ''), 2024, /^f\.txt:4: no session number/],
    ['no chair', seedText.replace(/, presided over/, ' was held at'), 2024, /^f\.txt:4: .*names no chair/],
  ])(
    'refuses a release with %s, naming the file and the line of the opening',
    (_label, text, year, message) => {
      let error: unknown;
      try {
        plan(text, year);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ReleaseParseError);
      expect((error as Error).message).toMatch(message);
    },
  );
});

describe('paragraphsToMarkdown', () => {
  it('escapes what Markdown would read as markup, so the text renders as written', () => {
    expect(
      paragraphsToMarkdown([
        '1. First, the *plan* [draft] <b>bold</b> & co_op `code`.',
        '- a dash',
        '# not a heading',
        'AT&amp;T',
      ]),
    ).toBe(
      [
        '1\\. First, the \\*plan\\* \\[draft\\] \\<b\\>bold\\</b\\> & co\\_op \\`code\\`.',
        '\\- a dash',
        '\\# not a heading',
        'AT\\&amp;T',
      ].join('\n\n'),
    );
  });
});
