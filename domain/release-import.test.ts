import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { readSeedRelease } from '@/test/support/seed-release';
import { draftRelease, draftToMarkdown, reportedDecisions, type MeetingRecords } from './release-draft';
import { guessKind, parseRelease, ReleaseParseError } from './release-import';
import type { DecisionKind, DecisionOutcome } from './vocabulary';

const seedText = readFileSync(
  path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt'),
  'utf8',
);

const BODY = "the People's Government of Sichuan Province";
const HEADLINE = `Li Wei Chairs Executive Meeting of ${BODY}`;
const CLOSING = 'Some other issues were also discussed at the Executive Meeting.';

/** A release page as the site shows it: section line, headline, paragraphs, footer. */
function page(opening: string, ...paragraphs: string[]): string {
  return [
    'Open Governance',
    HEADLINE,
    '',
    opening,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    CLOSING,
    '',
    "Hosted by: General Office of the People's Government of Sichuan Province",
  ].join('\n');
}

const OPENING = `On March 5, Li Wei, Governor of ${BODY}, presided over the 30th Executive Meeting of ${BODY} to study the work.`;

describe('parseRelease on the seed release', () => {
  const seed = readSeedRelease();

  it.each([
    ['--year 2024', seedText, { year: 2024 }],
    ['an Updated line', seedText.replace('Open Governance\n', 'Open Governance\nUpdated:2024.02.26\n'), {}],
  ])('reads meeting, date, chair and verb (year from %s)', (_label, text, options) => {
    const r = parseRelease(text, options);
    expect(r.headline).toBe(seed.headline);
    expect(r.meetingNumber).toBe(25);
    expect(r.date).toBe('2024-02-23');
    expect(r.chair).toBe('Huang Qiang');
    expect(r.chairTitle).toBe(DEMO_MEETING.chairTitle);
    expect(r.verb).toBe('presided over');
    expect(r.purpose).toBe(DEMO_MEETING.purpose);
    expect(r.warnings).toEqual([]);
  });

  it('finds the five decisions with their exact titles, kinds and outcomes', () => {
    const r = parseRelease(seedText, { year: 2024 });
    expect(r.decisions).toEqual(DEMO_DECISIONS.map(({ title, kind, outcome }) => ({ title, kind, outcome })));
  });

  it('keeps the body paragraphs and leaves the section line and footer out', () => {
    const r = parseRelease(seedText, { year: 2024 });
    expect(r.bodyParagraphs).toEqual(seed.paragraphs);
    expect(r.bodyParagraphs.join('\n')).not.toMatch(/Hosted by|Record No|Open Governance/);
  });

  it('reads the same from a hard-wrapped file with Windows line ends and an Updated line above the footer', () => {
    const wrapped = seedText
      .replace(/\. The Executive Meeting was also held/, '.\nThe Executive Meeting was also held')
      .replace('Hosted by:', 'Updated:2024.02.23\nHosted by:')
      .replace(/\n/g, '\r\n');
    const r = parseRelease(wrapped, {});
    expect(r.date).toBe('2024-02-23');
    expect(r.bodyParagraphs).toEqual(seed.paragraphs);
  });
});

describe('parseRelease: dates', () => {
  it.each([
    ['February 23', '2024-02-23'],
    ['November 19th', '2024-11-19'],
    ['Dec.21st', '2024-12-21'],
    ['Dec. 21', '2024-12-21'],
    ['Sept. 2nd', '2024-09-02'],
    ['May 1', '2024-05-01'],
  ])('reads "%s"', (form, iso) => {
    const r = parseRelease(page(OPENING.replace('March 5', form)), { year: 2024 });
    expect(r.date).toBe(iso);
    expect(r.chair).toBe('Li Wei');
  });

  it('takes the year from the Updated line, and last year for a December meeting updated in January', () => {
    const dec = page(OPENING.replace('March 5', 'Dec.28th')).replace(
      HEADLINE,
      `Updated:2025.01.02\n${HEADLINE}`,
    );
    expect(parseRelease(dec).date).toBe('2024-12-28');
    const mar = page(OPENING).replace(HEADLINE, `${HEADLINE}\nUpdated: 2025-03-06`);
    expect(parseRelease(mar).date).toBe('2025-03-05');
  });

  it('prefers the given year over the Updated line, and reads a year written in the dateline', () => {
    const text = page(OPENING).replace(HEADLINE, `${HEADLINE}\nUpdated:2023.03.06`);
    expect(parseRelease(text, { year: 2022 }).date).toBe('2022-03-05');
    expect(parseRelease(page(OPENING.replace('March 5', 'March 5, 2021'))).date).toBe('2021-03-05');
  });

  it('never guesses a missing year: the date stays empty with a warning', () => {
    const r = parseRelease(page(OPENING));
    expect(r.date).toBeNull();
    expect(r.warnings.join('\n')).toMatch(/"March 5" has no year.*--year/);
  });

  it('warns about a day that does not exist', () => {
    const r = parseRelease(page(OPENING.replace('March 5', 'February 30')), { year: 2024 });
    expect(r.date).toBeNull();
    expect(r.warnings.join('\n')).toMatch(/not a day of 2024/);
  });
});

describe('parseRelease: the opening sentence', () => {
  it('drops "Mr." and "Ms." and reads "chaired"', () => {
    const mr = parseRelease(
      page(`On April 2, Mr. Li Wei, Governor of ${BODY}, chaired the 31st Executive Meeting of ${BODY}.`),
      { year: 2024 },
    );
    expect(mr).toMatchObject({
      chair: 'Li Wei',
      chairTitle: `Governor of ${BODY}`,
      verb: 'chaired',
      purpose: '',
    });
    const ms = parseRelease(
      page(`On April 2, Ms. Chen Lan presided over the 2nd Executive Meeting of ${BODY}.`),
      {
        year: 2024,
      },
    );
    expect(ms).toMatchObject({ chair: 'Chen Lan', chairTitle: '', meetingNumber: 2 });
  });

  it('takes the number from the headline, else from the body; warns when they disagree or there is none', () => {
    const numbered = page(OPENING).replace(HEADLINE, `Li Wei Chairs 112th Executive Meeting of ${BODY}`);
    expect(parseRelease(numbered, { year: 2024 }).meetingNumber).toBe(112);
    expect(parseRelease(numbered, { year: 2024 }).warnings.join()).toMatch(/headline says the 112th/);
    expect(parseRelease(page(OPENING), { year: 2024 }).meetingNumber).toBe(30);
    const none = parseRelease(page(OPENING.replace('30th ', '')), { year: 2024 });
    expect(none.meetingNumber).toBeNull();
    expect(none.warnings.join()).toMatch(/no session number/);
  });

  it('does not take an ordinal from the purpose ("the 11th Collective Learning")', () => {
    const r = parseRelease(
      page(
        `On May 6, Li Wei presided over the Executive Meeting of ${BODY} to convey the 11th Collective Learning.`,
      ),
      { year: 2024 },
    );
    expect(r.meetingNumber).toBeNull();
    expect(r.purpose).toBe('to convey the 11th Collective Learning.');
  });

  it('skips navigation words and breadcrumbs before the headline', () => {
    const text = page(OPENING).replace(
      'Open Governance',
      'Home > Open Governance > News\nEnglish\nOpen Governance',
    );
    expect(parseRelease(text, { year: 2024 }).headline).toBe(HEADLINE);
  });
});

describe('parseRelease: decisions', () => {
  const decisionsOf = (...paragraphs: string[]) => parseRelease(page(OPENING, ...paragraphs), { year: 2024 });

  it('splits "the A, the B and the C" into three decisions with guessed kinds', () => {
    const r = decisionsOf(
      'The Executive Meeting deliberated and adopted the Implementation Plan for Rural Roads, the Notice on Flood Control and the Report on Audit Work.',
    );
    expect(r.decisions).toEqual([
      { title: 'Implementation Plan for Rural Roads', kind: 'plan', outcome: 'adopted' },
      { title: 'Notice on Flood Control', kind: 'notice', outcome: 'adopted' },
      { title: 'Report on Audit Work', kind: 'report', outcome: 'adopted' },
    ]);
  });

  it('reads "reviewed and approved", "was adopted", "was passed" and "adopted in principle"', () => {
    const r = decisionsOf(
      'The meeting reviewed and approved the Measures for Water Saving, emphasizing that every city should act.',
      'At the meeting, the Three-year Action Plan for Tourism was adopted. The Regulations on Parks were passed.',
      'The Executive Meeting also deliberated and adopted in principle the Opinions on Housing and the Notice on Heating.',
      'The Executive Meeting deliberated and adopted the Work Plan for Forests in principle.',
      'The Measures for Pensions and the list of nominations for the Labour Award were adopted in principle.',
    );
    expect(r.decisions.map((d) => [d.title, d.outcome])).toEqual([
      ['Measures for Water Saving', 'adopted'],
      ['Three-year Action Plan for Tourism', 'adopted'],
      ['Regulations on Parks', 'adopted'],
      ['Opinions on Housing', 'adopted_in_principle'],
      ['Notice on Heating', 'adopted_in_principle'],
      ['Work Plan for Forests', 'adopted_in_principle'],
      ['Measures for Pensions', 'adopted_in_principle'],
      ['list of nominations for the Labour Award', 'adopted_in_principle'],
    ]);
  });

  it('keeps a title with a comma whole, ending it before ", and decided to name"', () => {
    const r = decisionsOf(
      'The Executive Meeting also deliberated and adopted the Measures for Supporting Small, Medium and Micro Enterprises, and decided to name 5 towns as provincial model towns.',
    );
    expect(r.decisions).toEqual([
      {
        title: 'Measures for Supporting Small, Medium and Micro Enterprises',
        kind: 'measures',
        outcome: 'adopted',
      },
      { title: '5 towns as provincial model towns', kind: 'naming', outcome: 'adopted' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('rejoins "and the <words>" that name no document to the title before it', () => {
    const r = decisionsOf(
      'The Executive Meeting deliberated and adopted the Plan for Agriculture and the Countryside and the Notice on Seeds.',
    );
    expect(r.decisions.map((d) => d.title)).toEqual([
      'Plan for Agriculture and the Countryside',
      'Notice on Seeds',
    ]);
  });

  it('reads several verbs in one sentence and ignores adoption words in the emphasis', () => {
    const r = decisionsOf(
      'The Executive Meeting deliberated and adopted the Notice on Fire Safety, reviewed and approved the Plan for Schools, emphasizing that the measures adopted the year before must be kept.',
    );
    expect(r.decisions.map((d) => d.title)).toEqual(['Notice on Fire Safety', 'Plan for Schools']);
  });

  it('keeps a list without articles whole and says so', () => {
    const r = decisionsOf(
      'The Executive Meeting deliberated and adopted Measures for Roads, Plan for Bridges.',
    );
    expect(r.decisions.map((d) => d.title)).toEqual(['Measures for Roads, Plan for Bridges']);
    expect(r.warnings.join()).toMatch(/one title or several/);
  });

  it('warns about a kind it cannot guess and a sentence it cannot place', () => {
    const r = decisionsOf(
      'The Executive Meeting deliberated and adopted the Charter of the Park Authority.',
      'Everything proposed was approved.',
    );
    expect(r.decisions).toEqual([{ title: 'Charter of the Park Authority', kind: null, outcome: 'adopted' }]);
    expect(r.warnings).toEqual([
      'could not guess the kind of decision from its title: Charter of the Park Authority',
      'not placed (speaks of an adoption or another outcome, but no title was found): Everything proposed was approved',
    ]);
  });

  it.each<[string, DecisionKind]>([
    ['Several Policies and Measures for Tourism', 'policies_and_measures'],
    ['Notice on Issuing the Measures for Roads', 'notice'],
    ['list of nominations for the Award', 'nomination_list'],
    ['Work Report of the Government', 'report'],
  ])('guesses the kind of "%s"', (title, kind) => expect(guessKind(title)).toBe(kind));
});

describe('parseRelease: more openings and wordings', () => {
  it.each([
    ['Dr.', 'Dr. Li Wei', '1st'],
    ['Madam', 'Madam Li Wei', '2nd'],
    ['Mrs', 'Mrs Li Wei', '3rd'],
  ])('drops "%s" and reads the ordinal "%s"', (_prefix, named, ordinal) => {
    const r = parseRelease(
      page(`On Jan. 9th, ${named}, Governor, chaired the ${ordinal} Executive Meeting of ${BODY}.`),
      { year: 2024 },
    );
    expect(r).toMatchObject({
      chair: 'Li Wei',
      chairTitle: 'Governor',
      verb: 'chaired',
      date: '2024-01-09',
      meetingNumber: Number.parseInt(ordinal, 10),
    });
  });

  it('names the body, the meeting, the Updated stamp and the lines of headline and opening', () => {
    const text = page(OPENING).replace(HEADLINE, `${HEADLINE}\nUpdated:2024.03.06`);
    expect(parseRelease(text)).toMatchObject({
      body: BODY,
      meetingName: 'Executive Meeting',
      updated: '2024-03-06',
      lines: { headline: 2, opening: 5 },
    });
  });

  it('splits a list with a serial comma ("the A, the B, and the C")', () => {
    const r = parseRelease(
      page(
        OPENING,
        'The Executive Meeting deliberated and adopted the Plan for Rivers, the Notice on Lakes, and the Measures for Wetlands.',
      ),
      { year: 2024 },
    );
    expect(r.decisions.map((d) => [d.title, d.kind])).toEqual([
      ['Plan for Rivers', 'plan'],
      ['Notice on Lakes', 'notice'],
      ['Measures for Wetlands', 'measures'],
    ]);
  });

  it('reads "was deliberated and adopted" and "were reviewed and approved"', () => {
    const r = parseRelease(
      page(
        OPENING,
        'The Implementation Plan for Clean Air was deliberated and adopted. The Notice on Water and the Measures for Soil were reviewed and approved.',
      ),
      { year: 2024 },
    );
    expect(r.decisions.map((d) => d.title)).toEqual([
      'Implementation Plan for Clean Air',
      'Notice on Water',
      'Measures for Soil',
    ]);
  });
});

describe('parseRelease: outcomes it does not read', () => {
  it('reports a deferral or a designation as a sentence it could not place, never drops it silently', () => {
    const r = parseRelease(
      page(
        OPENING,
        'The Notice on Rivers was deferred. The Executive Meeting designated 5 towns as model towns.',
      ),
      { year: 2024 },
    );
    expect(r.decisions).toEqual([]);
    expect(r.warnings).toEqual([
      'not placed (speaks of an adoption or another outcome, but no title was found): The Notice on Rivers was deferred',
      'not placed (speaks of an adoption or another outcome, but no title was found): The Executive Meeting designated 5 towns as model towns',
    ]);
  });
});

describe('parseRelease: malformed files', () => {
  const errorOf = (text: string) => {
    try {
      parseRelease(text, { fileName: 'x.txt' });
    } catch (error) {
      return error as ReleaseParseError;
    }
    throw new Error('expected a ReleaseParseError');
  };

  it('names the file and the line: empty file, no headline, no body', () => {
    expect(errorOf('\n\n')).toMatchObject({ line: 1, message: 'x.txt:1: the file is empty' });
    const noHeadline = errorOf(`Open Governance\n\n${OPENING}\n`);
    expect(noHeadline).toBeInstanceOf(ReleaseParseError);
    expect(noHeadline.line).toBe(3);
    expect(noHeadline.message).toMatch(/^x\.txt:3: no headline/);
    const noBody = errorOf(`Open Governance\n${HEADLINE}\n\nHosted by: General Office\n`);
    expect(noBody.line).toBe(4);
    expect(noBody.message).toMatch(/no body/);
  });
});

describe('parseRelease reads back what draftRelease drafts', () => {
  const TITLES: [string, DecisionKind][] = [
    [
      'Several Policies and Measures for Supporting New Energy and Intelligent Vehicles',
      'policies_and_measures',
    ],
    ['Notice on Supporting Small, Medium and Micro Enterprises', 'notice'],
    ['Measures of Sichuan Province for Natural Resources Supervision', 'measures'],
    ['list of nominations for the 4th Sichuan Charity Award', 'nomination_list'],
    ['Implementation Plan for Rural Revitalization (2024-2026)', 'plan'],
    ['Report on the Audit of the Provincial Budget', 'report'],
    ['5 towns including Anren Town as provincial historic towns', 'naming'],
  ];
  const decisionArb = fc.record({
    index: fc.integer({ min: 0, max: TITLES.length - 1 }),
    outcome: fc.constantFrom<DecisionOutcome>('adopted', 'adopted_in_principle', 'deferred', 'noted'),
    emphasis: fc.constantFrom('', 'the province should act quickly. Efforts must be made to save costs.'),
  });
  const recordsArb = fc.record({
    sessionNumber: fc.integer({ min: 1, max: 150 }),
    heldOn: fc.date({ min: new Date('2018-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    chairName: fc.constantFrom('Huang Qiang', 'Li Wei', 'Shi Xiaolin'),
    chairTitle: fc.constantFrom('', DEMO_MEETING.chairTitle, 'Vice Governor of the Province'),
    purpose: fc.constantFrom('', 'to study the work of flood control', DEMO_MEETING.purpose),
    decisions: fc.uniqueArray(decisionArb, { selector: (d) => d.index, maxLength: 5 }),
  });

  it('recovers session number, date, chair, title line and adopted titles', () => {
    fc.assert(
      fc.property(recordsArb, (g) => {
        const records: MeetingRecords = {
          bodyName: BODY,
          meetingName: 'Executive Meeting',
          sessionNumber: g.sessionNumber,
          heldOn: g.heldOn.toISOString().slice(0, 10),
          chairName: g.chairName,
          chairTitle: g.chairTitle,
          purpose: g.purpose,
          agendaItems: [{ stressed: 'the necessity to keep working.' }],
          decisions: g.decisions.map((d) => {
            const [title, kind] = TITLES[d.index]!;
            return { title, kind, outcome: d.outcome, emphasis: d.emphasis };
          }),
        };
        const draft = draftRelease(records);
        const text = `Open Governance\n${draft.headline}\n\n${draftToMarkdown(draft)}\n`;
        const r = parseRelease(text, { year: Number(records.heldOn.slice(0, 4)) });

        expect(r.meetingNumber).toBe(records.sessionNumber);
        expect(r.date).toBe(records.heldOn);
        expect(r.chair).toBe(records.chairName);
        expect(r.chairTitle).toBe(records.chairTitle);
        expect(r.verb).toBe('presided over');
        const reported = reportedDecisions(records);
        expect(new Set(r.decisions.map((d) => d.title))).toEqual(new Set(reported.map((d) => d.title)));
        for (const d of reported) {
          // "decided to name" carries no "in principle": a naming always reads back as adopted.
          expect(r.decisions.find((p) => p.title === d.title)).toEqual({
            title: d.title,
            kind: d.kind,
            outcome: d.kind === 'naming' ? 'adopted' : d.outcome,
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
