import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '.';
import { ASSIGN_MINUTES_NUMBER_SQL, assignMinutesNumberParams } from './minutes-numbers';

// Issuing at once from several processes (several servers on one database file, or the scheduler and a
// person): each connection runs the number's one statement; none may take a serial another took.

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-numbers-'));
const file = path.join(dir, 'numbers.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORKERS = 4;
const EACH = 25;

/** A worker: its own connection, issuing numbers for its documents one after another. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 10000');
const assign = db.prepare(workerData.sql);
for (const documentId of workerData.documents) {
  assign.run({ bodyId: 1, year: 2024, documentId, issuedAt: Date.now() });
}
db.close();
parentPort.postMessage('done');
`;

function seed(documents: number) {
  const { sqlite } = openDatabase(file);
  sqlite.exec(`
    INSERT INTO bodies (id, name, meeting_name) VALUES (1, 'Body', 'Meeting');
    INSERT INTO meetings (id, body_id, session_number, held_on, chair_name) VALUES (1, 1, 1, '2024-01-01', 'Chair');`);
  const doc = sqlite.prepare(
    `INSERT INTO documents (id, meeting_id, kind, language, visibility) VALUES (?, 1, 'minutes', ?, 'internal')`,
  );
  // One minutes document per (meeting, kind, language) is the rule; other meetings would do as well, but
  // the numbers do not look at the meeting: distinct ids are what matter here.
  sqlite.exec('DROP INDEX documents_meeting_kind_language');
  for (let id = 1; id <= documents; id++) doc.run(id, 'zh');
  return sqlite;
}

describe('the number of issued minutes', () => {
  it('is a distinct serial for each of 100 minutes issued by four connections at once', async () => {
    const sqlite = seed(WORKERS * EACH);
    const runs = Array.from({ length: WORKERS }, (_, w) => {
      const documents = Array.from({ length: EACH }, (_, i) => 1 + w + i * WORKERS);
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          file,
          sql: ASSIGN_MINUTES_NUMBER_SQL,
          documents,
          driver: require.resolve('better-sqlite3'),
        },
      });
      return new Promise<void>((resolve, reject) => {
        worker.on('message', () => resolve());
        worker.on('error', reject);
      });
    });
    await Promise.all(runs);

    const rows = sqlite
      .prepare('SELECT serial, document_id AS documentId FROM minutes_numbers ORDER BY serial')
      .all() as {
      serial: number;
      documentId: number;
    }[];
    expect(rows.map((r) => r.serial)).toEqual(Array.from({ length: WORKERS * EACH }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.documentId)).size).toBe(WORKERS * EACH);

    // Issued again (a corrected revision), minutes keep their number.
    const again = sqlite
      .prepare(ASSIGN_MINUTES_NUMBER_SQL)
      .run(assignMinutesNumberParams(1, 2024, 7, new Date()));
    expect(again.changes).toBe(0);
    // A new year starts at 1.
    sqlite.exec(
      `INSERT INTO documents (id, meeting_id, kind, language, visibility) VALUES (1000, 1, 'minutes', 'en', 'internal')`,
    );
    sqlite.prepare(ASSIGN_MINUTES_NUMBER_SQL).run(assignMinutesNumberParams(1, 2025, 1000, new Date()));
    expect(sqlite.prepare('SELECT serial FROM minutes_numbers WHERE document_id = 1000').get()).toEqual({
      serial: 1,
    });
    sqlite.close();
  });
});
