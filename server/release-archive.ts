import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportedRelease } from '@/data/export';
import { releasePath } from '@/domain/release-address';

// The portable archive `npm run export -- DIR` writes: plain files any other system can read without
// Gazette.
//
//   DIR/index.json                  every release: id, headline, dates, meeting, and its two files
//   DIR/index.md                    the same as a readable list
//   DIR/releases/YYYY/ID-SLUG.json  one release (see ExportedRelease for the stable field names)
//   DIR/releases/YYYY/ID-SLUG.md    the same release as Markdown with a small front matter
//
// YYYY is the year of first publication and ID-SLUG the last part of its public URL, so the id decides
// (slugs need not be unique) and the layout mirrors the site's.

export const ARCHIVE_FORMAT = 'gazette-release-archive/1';

export class ArchiveDirectoryNotEmpty extends Error {
  constructor(readonly dir: string) {
    super(`${dir} is not empty; choose an empty directory, or pass --force to replace the archive in it`);
    this.name = 'ArchiveDirectoryNotEmpty';
  }
}

export type ArchiveSummary = { dir: string; releases: number; files: number };

const base = (r: ExportedRelease) => releasePath(r).slice(1);

/** The release as Markdown: front matter (JSON values are valid YAML), headline, paragraphs. */
export function releaseMarkdown(r: ExportedRelease): string {
  const front = {
    id: r.id,
    slug: r.slug,
    url: r.url,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
    meeting: `${r.meeting.number} · ${r.meeting.date} · ${r.meeting.name} · ${r.meeting.body}`,
    chair: r.meeting.chair,
  };
  const lines = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  const note = r.correctionNote ? [`> ${r.correctionNote}`, ''] : [];
  return ['---', ...lines, '---', '', `# ${r.headline}`, '', ...note, r.paragraphs.join('\n\n'), ''].join(
    '\n',
  );
}

function indexMarkdown(releases: ExportedRelease[], generatedAt: string): string {
  const items = releases.map(
    (r) =>
      `- ${r.publishedOn} [${r.headline.replace(/([[\]])/g, '\\$1')}](${base(r)}.md) ` +
      `(meeting ${r.meeting.number}, ${r.meeting.date})`,
  );
  return [
    '# Published releases',
    '',
    `${releases.length} release(s), exported ${generatedAt}.`,
    '',
    ...items,
    '',
  ].join('\n');
}

/**
 * Writes the archive. Refuses a directory that holds anything unless `force`, which first removes what
 * an earlier export wrote there (the index files and the releases folder) so no withdrawn release lingers.
 */
export function writeReleaseArchive(
  dir: string,
  releases: ExportedRelease[],
  options: { force?: boolean; now?: Date } = {},
): ArchiveSummary {
  const root = path.resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0) {
    if (!options.force) throw new ArchiveDirectoryNotEmpty(dir);
    for (const name of ['releases', 'index.json', 'index.md'])
      rmSync(path.join(root, name), { recursive: true, force: true });
  }
  mkdirSync(root, { recursive: true });
  const generatedAt = (options.now ?? new Date()).toISOString();

  let files = 0;
  const write = (relative: string, content: string) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, 'utf8');
    files++;
  };
  for (const r of releases) {
    write(`${base(r)}.json`, `${JSON.stringify(r, null, 2)}\n`);
    write(`${base(r)}.md`, releaseMarkdown(r));
  }
  const index = {
    format: ARCHIVE_FORMAT,
    generatedAt,
    count: releases.length,
    releases: releases.map((r) => ({
      id: r.id,
      slug: r.slug,
      headline: r.headline,
      publishedAt: r.publishedAt,
      publishedOn: r.publishedOn,
      updatedAt: r.updatedAt,
      meeting: { number: r.meeting.number, date: r.meeting.date },
      url: r.url,
      json: `${base(r)}.json`,
      markdown: `${base(r)}.md`,
    })),
  };
  write('index.json', `${JSON.stringify(index, null, 2)}\n`);
  write('index.md', indexMarkdown(releases, generatedAt));
  return { dir: root, releases: releases.length, files };
}
