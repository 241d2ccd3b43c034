import type BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISIONS, DEMO_MEETING } from '@/db/demo-records';
import { ReleaseParseError } from '@/domain/release-import';
import { makeUser, refusalOf } from '@/test/support/fixtures';
import { readSeedRelease } from '@/test/support/seed-release';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getDocument } from './documents';
import { importRelease, previewImport } from './import';
import { createMeeting, getMeeting, updateMeeting } from './meetings';
import { getPublishedRelease } from './public-releases';
import { searchReleases } from './search';
import { importPublishedRevision, saveRevision } from './workflow';

const SEED_FILE = 'executive-meeting-2024-02-23.txt';
const seedText = readFileSync(path.join(__dirname, '../test/fixtures', SEED_FILE), 'utf8');

const TABLES = [
  'bodies',
  'meetings',
  'decisions',
  'documents',
  'revisions',
  'transitions',
  'audit_events',
  'notifications',
  'publications',
];
const sqlite = () =>
  (globalThis as unknown as { __gazetteDb: { sqlite: BetterSqlite3.Database } }).__gazetteDb.sqlite;

/** Row counts of every table an import writes to. */
function rowCounts(): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, (sqlite().prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]),
  );
}

function auditRows(action: string) {
  return sqlite()
    .prepare(
      'select actor_id as actorId, subject_type as subjectType, subject_id as subjectId, detail from audit_events where action = ?',
    )
    .all(action) as { actorId: number | null; subjectType: string; subjectId: string; detail: string }[];
}

let cleanup: () => void;
let admin: Actor & { kind: 'user' };
let leader: Actor & { kind: 'user' };
let secretary: Actor & { kind: 'user' };

beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await makeUser('importing-admin', ['admin']);
  leader = await makeUser('importing-leader', ['leader', 'reviewer']);
  secretary = await makeUser('importing-secretary', ['secretary']);
});
afterAll(() => cleanup());

let meetingId: number;
let documentId: number;
const importedMeetingId = () => meetingId;

describe('importing the seed release', () => {
  it('creates the 25th meeting of 2024-02-23 with its chair, title line, purpose and five decisions', () => {
    const result = importRelease(admin, { fileName: SEED_FILE, text: seedText, year: 2024 });
    expect(result.status).toBe('created');
    ({ meetingId, documentId } = result);

    const meeting = getMeeting(secretary, meetingId);
    expect(meeting).toMatchObject({
      sessionNumber: 25,
      heldOn: '2024-02-23',
      chairName: 'Huang Qiang',
      chairTitle: DEMO_MEETING.chairTitle,
      purpose: DEMO_MEETING.purpose,
      status: 'held',
    });
    expect(meeting.body).toMatchObject({
      name: "the People's Government of Sichuan Province",
      meetingName: 'Executive Meeting',
    });
    expect(meeting.decisions.map((d) => ({ title: d.title, kind: d.kind, outcome: d.outcome }))).toEqual(
      DEMO_DECISIONS.map(({ title, kind, outcome }) => ({ title, kind, outcome })),
    );
  });

  it('publishes the release by the "import" transition, by the admin, first published on the meeting day', () => {
    const doc = getDocument(secretary, documentId);
    expect(doc).toMatchObject({
      kind: 'press_release',
      workingState: 'published',
      publicationState: 'published',
    });
    expect(doc.current).toMatchObject({ number: 1, source: 'import', authorName: 'importing-admin' });
    expect(doc.transitions).toHaveLength(1);
    expect(doc.transitions[0]).toMatchObject({
      action: 'import',
      fromState: 'draft',
      toState: 'published',
      actorName: 'importing-admin',
      comment: `Imported from ${SEED_FILE}`,
    });
    // Midnight of February 23 in Asia/Shanghai (UTC+8), the site's default time zone.
    expect(doc.firstPublishedAt?.toISOString()).toBe('2024-02-22T16:00:00.000Z');
    expect(doc.lastPublishedAt?.toISOString()).toBe('2024-02-22T16:00:00.000Z');
  });

  it('records an audit event naming the file, by the admin', () => {
    const events = auditRows('release.imported');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.userId,
      subjectType: 'meeting',
      subjectId: String(meetingId),
    });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({
      file: SEED_FILE,
      documentId,
      headline: readSeedRelease().headline,
      sessionNumber: 25,
      heldOn: '2024-02-23',
      verb: 'presided over',
      decisions: 5,
    });
    expect(auditRows('document.import')).toEqual([
      expect.objectContaining({ actorId: admin.userId, subjectId: String(documentId) }),
    ]);
  });

  it('reads on the public page as the seed: headline and body paragraphs, footer left to the settings', () => {
    const seed = readSeedRelease();
    const release = getPublishedRelease(documentId)!;
    expect(release.headline).toBe(seed.headline);
    expect(release.body.split('\n\n')).toEqual(seed.paragraphs);
    expect(release.year).toBe('2024');
    for (const line of seed.footer) expect(release.body).not.toContain(line);
  });

  it('is found by the public search', () => {
    const found = searchReleases('en', 'Dongqu District');
    expect(found.rows.map((r) => r.id)).toContain(documentId);
  });

  it('changes nothing when imported again, and says it was already imported', () => {
    const before = rowCounts();
    const again = importRelease(admin, { fileName: 'renamed-copy.txt', text: seedText, year: 2024 });
    expect(again).toMatchObject({ status: 'already_imported', meetingId, documentId });
    expect(rowCounts()).toEqual(before);
    expect(previewImport(admin, { fileName: SEED_FILE, text: seedText, year: 2024 }).existing).toEqual({
      meetingId,
      documentId,
      imported: true,
    });
  });

  it('reuses the body it created for the next release of the same body', () => {
    const next = seedText.replace('February 23', 'March 8').replace('25th', '26th');
    const before = rowCounts();
    const result = importRelease(admin, { fileName: 'next.txt', text: next, year: 2024 });
    expect(result.status).toBe('created');
    expect(rowCounts().bodies).toBe(before.bodies);
    expect(getMeeting(secretary, result.meetingId)).toMatchObject({
      sessionNumber: 26,
      heldOn: '2024-03-08',
    });
  });
});

describe('what an import refuses', () => {
  it('a malformed file: an error naming the file and line, and no row written', () => {
    const before = rowCounts();
    const noBody = 'Open Governance\nHuang Qiang Chairs Executive Meeting\n\nSome words.\n';
    const error = (() => {
      try {
        importRelease(admin, { fileName: 'broken.txt', text: noBody, year: 2024 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReleaseParseError);
    expect((error as Error).message).toMatch(/^broken\.txt:4: no body/);
    expect(rowCounts()).toEqual(before);
  });

  it('a file without a year for its date: an error at the opening line, and no row written', () => {
    const before = rowCounts();
    expect(() => importRelease(admin, { fileName: 'no-year.txt', text: seedText })).toThrow(
      /^no-year\.txt:4: .*has no year.*--year/,
    );
    expect(rowCounts()).toEqual(before);
  });

  it('a failure half-way through undoes the whole file', () => {
    // The revision is the last thing written: make SQLite refuse it, after the body, meeting and
    // decisions were inserted in the same transaction.
    sqlite().exec(
      "create temp trigger refuse_revision before insert on revisions begin select raise(abort, 'disk full'); end",
    );
    try {
      const before = rowCounts();
      const text = seedText.replace('February 23', 'April 4').replace('25th', '27th');
      expect(() => importRelease(admin, { fileName: 'partial.txt', text, year: 2024 })).toThrow(/disk full/);
      expect(rowCounts()).toEqual(before);
    } finally {
      sqlite().exec('drop trigger refuse_revision');
    }
  });

  it('refuses anyone who is not an administrator, and writes nothing but the refusal', () => {
    for (const actor of [leader, secretary]) {
      const before = rowCounts();
      expect(
        refusalOf(() => importRelease(actor, { fileName: SEED_FILE, text: seedText, year: 2023 })).key,
      ).toBe('error.forbidden');
      expect(
        refusalOf(() => previewImport(actor, { fileName: SEED_FILE, text: seedText, year: 2023 })).kind,
      ).toBe('forbidden');
      expect(rowCounts()).toEqual({ ...before, audit_events: before.audit_events! + 2 });
    }
  });

  it('never imports over a meeting recorded by hand', () => {
    const bodyId = getMeeting(secretary, importedMeetingId()).body.id;
    const meeting = createMeeting(secretary, {
      bodyId,
      sessionNumber: 29,
      heldOn: '2024-06-02',
      location: '',
      chairName: 'Huang Qiang',
      chairTitle: '',
      attendees: '',
      purpose: '',
      status: 'held',
    });
    const handMade = seedText.replace('February 23', 'June 2').replace('25th', '29th');
    const before = rowCounts();
    const conflict = refusalOf(() =>
      importRelease(admin, { fileName: 'june.txt', text: handMade, year: 2024 }),
    );
    expect(conflict).toMatchObject({ kind: 'conflict', key: 'import.meetingExists' });
    expect(conflict.params).toMatchObject({ number: 29, date: '2024-06-02', file: 'june.txt' });
    expect(rowCounts()).toEqual(before);
    expect(previewImport(admin, { fileName: 'june.txt', text: handMade, year: 2024 }).existing).toMatchObject(
      {
        meetingId: meeting.id,
        imported: false,
      },
    );
  });

  it('the import transition fills only an empty press release, and only for an administrator', () => {
    const meeting = getMeeting(
      secretary,
      createMeeting(secretary, {
        bodyId: getMeeting(secretary, importedMeetingId()).body.id,
        sessionNumber: 30,
        heldOn: '2024-07-01',
        location: '',
        chairName: 'Huang Qiang',
        chairTitle: '',
        attendees: '',
        purpose: '',
        status: 'held',
      }).id,
    );
    const release = meeting.documents.find((d) => d.kind === 'press_release')!.id;
    const minutes = meeting.documents.find((d) => d.kind === 'minutes')!.id;
    const input = {
      headline: 'H',
      body: 'B.',
      publishedAt: new Date('2024-07-01T00:00:00Z'),
      comment: 'x.txt',
    };
    expect(refusalOf(() => importPublishedRevision(admin, minutes, input)).key).toBe('import.notARelease');
    expect(refusalOf(() => importPublishedRevision(leader, release, input)).key).toBe(
      'workflow.refused.roleRequired',
    );
    saveRevision(secretary, { documentId: release, baseRevisionId: null, headline: 'Draft', body: 'Text.' });
    expect(refusalOf(() => importPublishedRevision(admin, release, input)).key).toBe(
      'workflow.refused.notEmpty',
    );
    expect(getDocument(secretary, release)).toMatchObject({
      workingState: 'draft',
      publicationState: 'none',
    });
  });
});

describe('importing a release again after its meeting records were edited', () => {
  const august = seedText.replace('February 23', 'August 5').replace('25th', '31st');
  let first: { meetingId: number; documentId: number };

  it('recognises the release by the source and text it was imported from, and writes nothing', () => {
    const { meetingId, documentId } = importRelease(admin, {
      fileName: 'august.txt',
      text: august,
      year: 2024,
    });
    first = { meetingId, documentId };
    const meeting = getMeeting(secretary, first.meetingId);
    updateMeeting(secretary, first.meetingId, {
      sessionNumber: 32,
      heldOn: '2024-08-06',
      location: meeting.location,
      chairName: 'Edited Chair',
      chairTitle: 'Edited title line',
      attendees: meeting.attendees,
      purpose: meeting.purpose,
      status: meeting.status,
    });
    const before = rowCounts();
    expect(importRelease(admin, { fileName: 'august-again.txt', text: august, year: 2024 })).toMatchObject({
      status: 'already_imported',
      ...first,
    });
    expect(rowCounts()).toEqual(before);
    expect(previewImport(admin, { fileName: 'august.txt', text: august, year: 2024 }).existing).toEqual({
      ...first,
      imported: true,
    });
  });

  it('refuses another text of the same source, and another release the edited records now match', () => {
    const before = rowCounts();
    const retold = august.replace('Some other issues were also discussed', 'Other issues were discussed');
    const sameSource = refusalOf(() =>
      importRelease(admin, { fileName: 'august-retold.txt', text: retold, year: 2024 }),
    );
    expect(sameSource).toMatchObject({ kind: 'conflict', key: 'import.meetingExists' });
    const edited = seedText.replace('February 23', 'August 6').replace('25th', '32nd');
    const sameRecords = refusalOf(() =>
      importRelease(admin, { fileName: 'august-6.txt', text: edited, year: 2024 }),
    );
    expect(sameRecords).toMatchObject({ kind: 'conflict', key: 'import.meetingExists' });
    expect(rowCounts()).toEqual(before);
    expect(previewImport(admin, { fileName: 'august-6.txt', text: edited, year: 2024 }).existing).toEqual({
      ...first,
      imported: false,
    });
  });
});
