import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DECISIONS } from '@/db/demo-records';
import { ArchiveDirectoryNotEmpty, writeReleaseArchive } from '@/server/release-archive';
import { makeUser } from '@/test/support/fixtures';
import { readSeedRelease } from '@/test/support/seed-release';
import { useTempDatabase } from '@/test/support/temp-db';
import { listReleasesForExport } from './export';
import { importRelease } from './import';
import { addDecision } from './meeting-records';
import { getMeeting, updateMeeting } from './meetings';
import { withdrawDocument } from './workflow';

const seedText = readFileSync(
  path.join(__dirname, '../test/fixtures/executive-meeting-2024-02-23.txt'),
  'utf8',
);

let cleanup: () => void;
let out: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  cleanup = useTempDatabase();
  out = mkdtempSync(path.join(tmpdir(), 'gazette-export-'));
  const admin = await makeUser('export-admin', ['admin']);
  const leader = await makeUser('export-leader', ['leader']);
  const variant = (date: string, n: string) => seedText.replace('February 23', date).replace('25th', n);
  ids.seed = importRelease(admin, { fileName: 'seed.txt', text: seedText, year: 2024 }).documentId;
  ids.later = importRelease(admin, {
    fileName: 'later.txt',
    text: variant('March 8', '26th'),
    year: 2024,
  }).documentId;
  ids.withdrawn = importRelease(admin, {
    fileName: 'withdrawn.txt',
    text: variant('April 2', '27th'),
    year: 2024,
  }).documentId;
  withdrawDocument(leader, ids.withdrawn, 'Published in error.');
});
afterAll(() => {
  cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('the portable archive', () => {
  it('reads every published release, oldest first, with its meeting and stated decisions', () => {
    const releases = listReleasesForExport();
    expect(releases.map((r) => r.id)).toEqual([ids.seed, ids.later]);
    const seed = releases[0]!;
    expect(seed).toMatchObject({
      headline: readSeedRelease().headline,
      publishedAt: '2024-02-22T16:00:00.000Z',
      publishedOn: '2024-02-23',
      year: '2024',
      meeting: { number: 25, date: '2024-02-23', chair: 'Huang Qiang' },
    });
    expect(seed.url).toBe(`/releases/2024/${seed.id}-${seed.slug}`);
    expect(seed.language).toBe('en');
    expect(seed.meeting.chairTitle).toMatch(/^Deputy Secretary of the CPC/);
    expect(seed.decisions.map((d) => d.title)).toEqual(DEMO_DECISIONS.map((d) => d.title));
    expect(seed.paragraphs).toEqual(readSeedRelease().paragraphs);
  });

  it('exports a meeting as its release was published, not as its records were edited since', async () => {
    const before = listReleasesForExport()[0]!;
    const secretary = await makeUser('export-secretary', ['secretary']);
    const meeting = getMeeting(secretary, before.meeting.id);
    updateMeeting(secretary, meeting.id, {
      sessionNumber: 99,
      heldOn: '2024-12-31',
      location: meeting.location,
      chairName: 'Unpublished Chair',
      chairTitle: 'Unpublished Title Line',
      attendees: meeting.attendees,
      purpose: meeting.purpose,
      status: meeting.status,
    });
    addDecision(secretary, meeting.id, {
      title: 'Measures',
      kind: 'measures',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    });
    expect(listReleasesForExport()[0]).toEqual(before);
  });

  it('writes one JSON and one Markdown file per release, and an index of them', () => {
    const summary = writeReleaseArchive(out, listReleasesForExport(), {
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(summary).toMatchObject({ releases: 2, files: 6 });

    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(index).toMatchObject({ format: 'gazette-release-archive/1', count: 2 });
    expect(index.releases.map((r: { id: number }) => r.id)).toEqual([ids.seed, ids.later]);
    const indexMd = readFileSync(path.join(out, 'index.md'), 'utf8');

    for (const entry of index.releases as {
      id: number;
      json: string;
      markdown: string;
      headline: string;
    }[]) {
      expect(entry.json).toMatch(new RegExp(`^releases/2024/${entry.id}-[a-z0-9-]+\\.json$`));
      const json = JSON.parse(readFileSync(path.join(out, entry.json), 'utf8'));
      expect(Object.keys(json).sort()).toEqual(
        [
          'correctionNote',
          'decisions',
          'headline',
          'id',
          'language',
          'meeting',
          'paragraphs',
          'publishedAt',
          'publishedOn',
          'slug',
          'updatedAt',
          'url',
          'year',
        ].sort(),
      );
      expect(json.id).toBe(entry.id);
      const md = readFileSync(path.join(out, entry.markdown), 'utf8');
      expect(md).toContain(`\n# ${entry.headline}\n`);
      for (const p of json.paragraphs as string[]) expect(md).toContain(`\n${p}\n`);
      expect(indexMd).toContain(`](${entry.markdown})`);
    }
    const seedMd = readFileSync(path.join(out, index.releases[0].markdown), 'utf8');
    expect(
      seedMd
        .split('\n# ')[1]!
        .split('\n\n')
        .slice(1)
        .map((p) => p.trim()),
    ).toEqual(readSeedRelease().paragraphs);
    expect(JSON.stringify(index)).not.toContain(String(ids.withdrawn) + '-');
  });

  it('refuses a directory that is not empty, and replaces its own archive with force', () => {
    expect(() => writeReleaseArchive(out, listReleasesForExport())).toThrow(ArchiveDirectoryNotEmpty);
    writeFileSync(path.join(out, 'releases', 'stale.json'), '{}');
    const summary = writeReleaseArchive(out, listReleasesForExport(), { force: true });
    expect(summary.files).toBe(6);
    expect(existsSync(path.join(out, 'releases', 'stale.json'))).toBe(false);
    expect(existsSync(path.join(out, 'index.json'))).toBe(true);
  });
});
