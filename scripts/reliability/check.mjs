// What must hold in the database after any crash: SQLite's own integrity, every acknowledged write
// present in full, and the workflow's records agreeing with one another.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

// The workflow actions whose transitions carry an audit event 'document.<action>'. A copy of
// WORKFLOW_ACTIONS in domain/workflow.ts (this script runs in plain Node); scripts/reliability/check.test.ts checks
// that the two lists agree.
export const WORKFLOW_ACTIONS = [
  'save',
  'restore',
  'submit',
  'approve',
  'request_changes',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'import',
  'recall',
];
const inList = WORKFLOW_ACTIONS.map((a) => `'document.${a}'`).join(', ');

/** Rows of each table that must all agree: the consistency rules, each a query listing violations. */
const RULES = {
  // A document's current revision exists, is its own, and is its newest.
  'current revision missing, foreign or not the newest': `
    select d.id from documents d
    where d.current_revision_id is not null and not exists (
      select 1 from revisions r where r.id = d.current_revision_id and r.document_id = d.id
        and r.number = (select max(number) from revisions where document_id = d.id))`,
  'document with revisions but no current revision': `
    select d.id from documents d
    where d.current_revision_id is null and exists (select 1 from revisions r where r.document_id = d.id)`,
  // Every revision was made by a save (or restore) transition naming it, and by exactly one.
  'revision without its save transition': `
    select r.id from revisions r where (
      select count(*) from transitions t
      where t.revision_id = r.id and t.document_id = r.document_id and t.action in ('save', 'restore')) != 1`,
  'save transition without its revision': `
    select t.id from transitions t
    where t.action in ('save', 'restore') and not exists (
      select 1 from revisions r where r.id = t.revision_id and r.document_id = t.document_id)`,
  // Every transition has its audit event, written in the same transaction at the same instant, and back.
  'transition without its audit event': `
    select t.id from transitions t where not exists (
      select 1 from audit_events a where a.action = 'document.' || t.action and a.subject_type = 'document'
        and a.subject_id = cast(t.document_id as text) and a.created_at = t.created_at)`,
  'workflow audit event without its transition': `
    select a.id from audit_events a where a.action in (${inList}) and not exists (
      select 1 from transitions t where 'document.' || t.action = a.action
        and cast(t.document_id as text) = a.subject_id and t.created_at = a.created_at)`,
  // A document's working state is where its last transition left it.
  'working state differs from the last transition': `
    select d.id from documents d
    join transitions t on t.id = (select max(id) from transitions where document_id = d.id)
    where t.to_state != case when d.working_state = 'in_review'
      then 'in_review:' || d.review_step else d.working_state end`,
  'meeting without its three documents': `
    select m.id from meetings m where (select count(*) from documents d where d.meeting_id = m.id) != 3`,
  'meeting without its creation event': `
    select m.id from meetings m where not exists (
      select 1 from audit_events a where a.action = 'meeting.created' and a.subject_id = cast(m.id as text))`,
};

export const TABLES = [
  'users',
  'bodies',
  'meetings',
  'agenda_items',
  'decisions',
  'documents',
  'revisions',
  'approvals',
  'transitions',
  'audit_events',
  'notifications',
];

export function rowCounts(db) {
  return Object.fromEntries(
    TABLES.map((table) => [table, db.prepare(`select count(*) as n from ${table}`).get().n]),
  );
}

/**
 * Checks a database file against the writes acknowledged to clients. `lost`: acknowledged writes absent;
 * `partial`: writes present only in part, or rows that disagree with one another.
 */
export function checkDatabase(file, acknowledged) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = db.pragma('integrity_check', { simple: true });
    const foreignKeys = db.pragma('foreign_key_check');
    const lost = [];
    const partial = [];
    const revision = db.prepare('select document_id, headline, body from revisions where id = ?');
    const transition = db.prepare(
      'select 1 from transitions where document_id = ? and action = ? and revision_id is ?',
    );
    const meeting = db.prepare('select purpose from meetings where id = ?');
    for (const ack of acknowledged) {
      if (ack.op === 'save') {
        const row = revision.get(ack.revisionId);
        if (!row) lost.push(ack);
        else if (
          row.document_id !== ack.documentId ||
          row.headline !== ack.headline ||
          row.body !== ack.body ||
          !transition.get(ack.documentId, 'save', ack.revisionId)
        )
          partial.push({ ...ack, found: row });
      } else if (ack.op === 'submit') {
        if (!transition.get(ack.documentId, 'submit', ack.revisionId)) lost.push(ack);
      } else if (ack.op === 'createMeeting') {
        const row = meeting.get(ack.meetingId);
        if (!row) lost.push(ack);
        else if (row.purpose !== ack.purpose) partial.push({ ...ack, found: row });
      }
    }
    const disagreements = {};
    for (const [rule, query] of Object.entries(RULES)) {
      const ids = db
        .prepare(query)
        .all()
        .map((r) => Object.values(r)[0]);
      if (ids.length > 0) disagreements[rule] = ids.slice(0, 20);
    }
    return {
      integrity,
      foreignKeyViolations: foreignKeys.length,
      lost,
      partial,
      disagreements,
      counts: rowCounts(db),
      ok:
        integrity === 'ok' &&
        foreignKeys.length === 0 &&
        lost.length === 0 &&
        partial.length === 0 &&
        Object.keys(disagreements).length === 0,
    };
  } finally {
    db.close();
  }
}

/**
 * How far the demo got: 'none' (no database or no tables yet), 'empty', 'complete' (its four users, its
 * meeting and its published release) or 'partial'.
 */
export function demoState(file) {
  if (!existsSync(file)) return 'none';
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasUsers = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'users'").get();
    if (!hasUsers) return 'none';
    const count = (sql) => db.prepare(sql).get().n;
    const users = count('select count(*) as n from users');
    if (users === 0 && count('select count(*) as n from meetings') === 0) return 'empty';
    const complete =
      users === 4 &&
      count('select count(*) as n from meetings') === 1 &&
      count("select count(*) as n from documents where publication_state = 'published'") === 1;
    return complete ? 'complete' : 'partial';
  } finally {
    db.close();
  }
}

/** A document's state as the database holds it (for a writer picking up after a crash). */
export function documentState(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const query = db.prepare('select current_revision_id as c, working_state as w from documents where id = ?');
  return {
    read: (documentId) => {
      const row = query.get(documentId);
      return { currentRevisionId: row?.c ?? null, workingState: row?.w ?? 'draft' };
    },
    minutesOf: (meetingId) =>
      db.prepare("select id from documents where meeting_id = ? and kind = 'minutes'").get(meetingId).id,
    firstBody: () => db.prepare('select id from bodies order by id limit 1').get().id,
    close: () => db.close(),
  };
}
