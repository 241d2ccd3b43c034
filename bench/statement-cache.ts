// npm run bench:statements — what preparing each SQL text once saves (db/statement-cache.ts), side by side:
// the same queries through drizzle on two connections to copies of one database, one with the statement
// cache and one without, in alternating rounds. Typical calls of the data layer: a document read with its
// meeting, an UPDATE of a document (SQLite compiles the search index's triggers into it), an audit insert.
//
// Needs the 1,000-release benchmark database (`npm run bench` once; BENCH_CACHE_DIR as there).
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as schema from '@/db/schema';
import { withStatementCache } from '@/db/statement-cache';

const CALLS = 2_000;
const ROUNDS = 5;
const version = /GENERATOR_VERSION = (\d+)/.exec(readFileSync('scripts/bench/generate.ts', 'utf8'))![1];
const cacheDir = process.env.BENCH_CACHE_DIR ?? path.join(tmpdir(), 'gazette-bench-cache');
const source = path.join(cacheDir, `gen-v${version}`, '1000.db');
if (!existsSync(source)) {
  console.error(`No benchmark database at ${source}: run \`npm run bench\` first.`);
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), 'gazette-statements-'));

function connection(name: string, cached: boolean) {
  const file = path.join(work, `${name}.db`);
  copyFileSync(source, file);
  const sqlite = new Database(file);
  // What is measured is the CPU of each call, not the disk: no fsync.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  return drizzle(cached ? withStatementCache(sqlite) : sqlite, { schema });
}

const variants = {
  'prepared once': connection('cached', true),
  'prepared each call': connection('plain', false),
};
const { documents, meetings, auditEvents } = schema;
const ids = Object.values(variants)[0]!
  .select({ id: documents.id })
  .from(documents)
  .where(eq(documents.kind, 'press_release'))
  .limit(CALLS)
  .all()
  .map((r) => r.id);

type Db = (typeof variants)[keyof typeof variants];
const operations: Record<string, (db: Db, id: number) => unknown> = {
  'read a document with its meeting': (db, id) =>
    db
      .select({ id: documents.id, state: documents.workingState, heldOn: meetings.heldOn })
      .from(documents)
      .innerJoin(meetings, eq(meetings.id, documents.meetingId))
      .where(eq(documents.id, id))
      .get(),
  'update a document (search triggers)': (db, id) =>
    db
      .update(documents)
      .set({ currentRevisionId: sql`${documents.currentRevisionId}` })
      .where(eq(documents.id, id))
      .run(),
  'insert an audit event': (db, id) =>
    db
      .insert(auditEvents)
      .values({ actorKind: 'system', action: 'bench.call', subjectType: 'document', subjectId: String(id) })
      .run(),
};

const micros = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [variant, db] of Object.entries(variants)) {
    for (const [name, operation] of Object.entries(operations)) {
      const started = performance.now();
      db.transaction(() => {
        for (let i = 0; i < CALLS; i++) operation(db, ids[i % ids.length]!);
      });
      const key = `${name}|${variant}`;
      micros.set(key, [...(micros.get(key) ?? []), ((performance.now() - started) * 1000) / CALLS]);
    }
  }
}
rmSync(work, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`\nµs per call, median of ${ROUNDS} rounds of ${CALLS.toLocaleString('en')} calls:\n`);
console.log('| call | prepared each call | prepared once | faster by |');
console.log('|---|---|---|---|');
for (const name of Object.keys(operations)) {
  const plain = median(micros.get(`${name}|prepared each call`)!);
  const cached = median(micros.get(`${name}|prepared once`)!);
  console.log(`| ${name} | ${plain.toFixed(1)} | ${cached.toFixed(1)} | ${(plain / cached).toFixed(2)}× |`);
}
