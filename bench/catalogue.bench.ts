import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { beforeAll, bench, describe } from 'vitest';
import { getDb, type Db } from '@/db';
import { systemActor } from '@/data/actor';
import { createBody } from '@/data/meetings';
import { listCatalogue, type CatalogueFilters } from '@/data/public-catalogue';
import { useTempDatabase } from '@/test/support/temp-db';

// The public catalogue with 10,000 published documents (policy documents, interpretations and releases):
// server time of the queries behind its first page, filters, a search and a deep page. The rows are
// written straight into the tables (what is measured is reading them). Run with `npm run bench:catalogue`.

const DOCUMENTS = 10_000;
const all: CatalogueFilters = {
  bodyId: null,
  categoryId: null,
  year: null,
  validity: null,
  kind: null,
  q: '',
  page: 1,
};

beforeAll(() => {
  useTempDatabase();
  const db = getDb();
  db.run(sql`PRAGMA synchronous = OFF`);
  const bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'en',
    name: 'the Bench Council',
    meetingName: 'Executive Meeting',
  }).id;
  const sqlite = (db as Db & { $client: Database.Database }).$client;
  const kinds = ['policy_document', 'interpretation', 'press_release'] as const;
  const validities = ['in_force', 'in_force', 'in_force', 'amended', 'repealed', 'expired'] as const;
  const started = performance.now();
  sqlite.transaction(() => {
    const meeting = sqlite.prepare(
      `INSERT INTO meetings (body_id, session_number, held_on, chair_name, chair_title) VALUES (?, ?, ?, 'Chair', 'Governor')`,
    );
    const decision = sqlite.prepare(
      `INSERT INTO decisions (meeting_id, position, title, kind) VALUES (?, 1, ?, 'measures')`,
    );
    const document = sqlite.prepare(
      `INSERT INTO documents (meeting_id, kind, language, visibility, working_state, publication_state,
         first_published_at, last_published_at, slug, decision_id, validity)
       VALUES (?, ?, 'en', 'public', 'published', 'published', ?, ?, ?, ?, ?)`,
    );
    const revision = sqlite.prepare(
      `INSERT INTO revisions (document_id, number, headline, body, source, created_at) VALUES (?, 1, ?, 'Text.', 'save', ?)`,
    );
    const publish = sqlite.prepare(
      `UPDATE documents SET current_revision_id = ?, published_revision_id = ? WHERE id = ?`,
    );
    const entry = sqlite.prepare(
      `INSERT INTO catalogue_entries (revision_id, document_id, document_number, category_id, disclosure)
       VALUES (?, ?, ?, ?, 'proactive')`,
    );
    const index = sqlite.prepare(
      `INSERT INTO index_numbers (body_code, year, serial, document_id, index_number, document_number) VALUES ('B1', ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < DOCUMENTS; i++) {
      const at = Date.UTC(2000, 0, 1) + i * 86_400_000;
      const year = new Date(at).getUTCFullYear();
      const meetingId = Number(
        meeting.run(bodyId, (i % 150) + 1, new Date(at).toISOString().slice(0, 10)).lastInsertRowid,
      );
      const kind = kinds[i % 3]!;
      const title = `Measures ${i} on Subject${i % 17} Matters`;
      const decisionId =
        kind === 'press_release' ? null : Number(decision.run(meetingId, title).lastInsertRowid);
      const documentId = Number(
        document.run(meetingId, kind, at, at, `measures-${i}`, decisionId, validities[i % validities.length]!)
          .lastInsertRowid,
      );
      const revisionId = Number(revision.run(documentId, title, at).lastInsertRowid);
      publish.run(revisionId, revisionId, documentId);
      if (kind !== 'press_release') {
        const number = `Bench Gov. Issue [${year}] No. ${i + 1}`;
        entry.run(revisionId, documentId, number, (i % 4) + 1);
        index.run(year, i + 1, documentId, `B1/ECON-${year}-${String(i + 1).padStart(5, '0')}`, number);
      }
    }
  })();
  db.run(sql`PRAGMA synchronous = FULL`);
  db.run(sql`ANALYZE`);
  console.log(`generated ${DOCUMENTS} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);

describe(`catalogue, ${DOCUMENTS} documents`, () => {
  bench('first page (newest first)', () => {
    listCatalogue('en', all);
  });
  bench('filtered: policy documents in force, one category, one year', () => {
    listCatalogue('en', { ...all, kind: 'policy_document', validity: 'in_force', categoryId: 2, year: 2010 });
  });
  bench('search: a title word', () => {
    listCatalogue('en', { ...all, q: 'Subject7 ' });
  });
  bench('search: a document number', () => {
    listCatalogue('en', { ...all, q: 'Issue [2012] No. 4' });
  });
  bench('page 200', () => {
    listCatalogue('en', { ...all, page: 200 });
  });
});
