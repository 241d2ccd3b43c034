// Resuming an interrupted import: each file imported (or found already imported) is appended to a journal
// beside the database as soon as its transaction commits. A run that finds a journal skips the files it
// lists unchanged (same path, size and modification time) and re-reads the rest, refused ones included
// (they may have been corrected). A run that reaches the end removes the journal. Losing the last line in
// a crash costs nothing: importing a release already imported changes nothing.
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import type { ReleaseFile } from './release-files';

type Entry = { path: string; size: number; mtimeMs: number; meetingId: number; documentId: number };

export class ImportJournal {
  private readonly done = new Map<string, Entry>();

  constructor(readonly file: string) {
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as Entry;
        this.done.set(entry.path, entry);
      } catch {
        // A line cut by a crash mid-write: that file is simply imported again.
      }
    }
  }

  get size(): number {
    return this.done.size;
  }

  /** The earlier import of this very file, when the journal lists it unchanged. */
  doneBefore(f: ReleaseFile): Entry | null {
    const entry = this.done.get(f.path);
    return entry && entry.size === f.size && entry.mtimeMs === f.mtimeMs ? entry : null;
  }

  record(f: ReleaseFile, ids: { meetingId: number; documentId: number }): void {
    appendFileSync(this.file, `${JSON.stringify({ ...f, ...ids })}\n`, { mode: 0o600 });
  }

  /** Forgets what was done (a finished run, or --restart): the file and what was read from it. */
  finish(): void {
    rmSync(this.file, { force: true });
    this.done.clear();
  }
}
