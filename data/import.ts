import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { env } from '@/config/env';
import { getDb, schema, type Db, type Tx } from '@/db';
import { planImport, type ImportPlan, type OnlyBody } from '@/domain/release-import-plan';
import { ReleaseParseError } from '@/domain/release-import';
import { parseReleaseInItsLanguage } from '@/domain/release-import-language';
import { zonedLocalToInstant } from '@/domain/zoned-time';
import type { Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit } from './audit';
import { nowOf, type When } from './clock';
import {
  decisionTitleColumns,
  fillLanguage,
  findBodyFor,
  joinableRelease,
  meetingColumns,
} from './import-languages';
import type { DocumentChange } from './document-change';
import { conflict, GazetteError, notFound } from './errors';
import { insertDecision } from './meeting-records';
import { createBody, insertMeeting } from './meetings';
import { getSiteSettings } from './site-settings';
import { importedText, importPublishedRevision } from './workflow';
import { rolesOf } from './users';

// Brings published releases from the archive in: the meeting, its decisions and the release, published
// with its original date, through the 'import' transition (an administrator's audited exception to the
// review chain). One file, one transaction: a file is imported whole or not at all.

export type ImportSource = {
  /** Named in errors, on the transition and in the audit event. */
  fileName: string;
  text: string;
  /** The meeting's year, for a dateline that gives none ("February 23"). */
  year?: number;
  /** The release's date (ISO), for a text that gives none; it also implies the meeting's year. */
  published?: string;
  /** The body, for a text whose opening and headline name none. */
  body?: string;
};

/**
 * A meeting of the same body, session number and date: `imported` when this very release was imported
 * into it (importing again changes nothing), else one whose release an import must not replace.
 */
export type ExistingMeeting = {
  meetingId: number;
  documentId: number;
  imported: boolean;
  /** The meeting's other-language release was imported and this language's is empty: the file joins it. */
  joins?: boolean;
};

export type ImportPreview = { fileName: string; plan: ImportPlan; existing: ExistingMeeting | null };

export type ImportResult = {
  status: 'created' | 'already_imported';
  fileName: string;
  meetingId: number;
  documentId: number;
  headline: string;
  warnings: string[];
  /** The import's transition; null when the release was already imported and nothing changed. */
  change: DocumentChange | null;
};

/**
 * The command line's actor: the active administrator of that user name, else the first active one (the
 * lowest id). Refuses a name that is unknown, disabled or holds no admin role, and a database without any
 * administrator (saying how to create one).
 */
export function administratorForCommandLine(username?: string): Actor & { kind: 'user' } {
  const admins = getDb()
    .select({ id: schema.users.id, username: schema.users.username })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.userRoles.role, 'admin'), eq(schema.users.disabled, false)))
    .orderBy(asc(schema.users.id))
    .all();
  // A fresh database has none: say so, and how to make one, rather than "no such user".
  if (!admins.length) {
    throw new GazetteError('not_found', 'import.noAdministratorAtAll', { database: env().databasePath });
  }
  const admin = username === undefined ? admins[0] : admins.find((a) => a.username === username);
  if (!admin) throw notFound('import.noAdministrator');
  return { kind: 'user', userId: admin.id, roles: rolesOf(admin.id) };
}

/** Parses and checks a file; throws ReleaseParseError (naming the file and line) when it cannot be imported. */
function readPlan(tx: Db | Tx, source: ImportSource): ImportPlan {
  const { text, fileName, year, published, body } = source;
  const parsed = parseReleaseInItsLanguage(text, { year, published, body, fileName });
  return planImport(parsed, fileName, parsed.body ? undefined : onlyBody(tx));
}

/** The register's body when it holds exactly one: a release naming no body is that body's. */
function onlyBody(tx: Db | Tx): OnlyBody | undefined {
  const bodies = tx
    .select({ name: schema.bodies.name, meetingName: schema.bodies.meetingName })
    .from(schema.bodies)
    .limit(2)
    .all();
  return bodies.length === 1 ? bodies[0] : undefined;
}

/**
 * Session numbers restart with each government term, but a body does not hold the same-numbered meeting
 * twice on one day: body, number and date identify a meeting. A release counts as already imported when
 * an earlier import recorded that same source and text (its publication snapshot, which later edits of
 * the meeting's records do not change); any other meeting of that source, in the register now or
 * imported from another text, is one whose release an import never replaces.
 */
function findExisting(tx: Db | Tx, plan: ImportPlan, bodyId: number | null): ExistingMeeting | null {
  if (bodyId === null) return null;
  const p = schema.publications;
  const imports = tx
    .select({
      meetingId: schema.documents.meetingId,
      documentId: p.documentId,
      headline: schema.revisions.headline,
      body: schema.revisions.body,
    })
    .from(p)
    .innerJoin(schema.documents, eq(schema.documents.id, p.documentId))
    .innerJoin(schema.revisions, eq(schema.revisions.id, p.revisionId))
    .where(
      and(
        eq(p.action, 'import'),
        eq(schema.documents.language, plan.language),
        eq(p.bodyId, bodyId),
        eq(p.sessionNumber, plan.sessionNumber),
        eq(p.heldOn, plan.heldOn),
      ),
    )
    .all();
  const text = importedText({ headline: plan.headline, body: plan.bodyMarkdown });
  const same = imports.find((r) => r.headline === text.headline && r.body === text.body);
  if (same) return { meetingId: same.meetingId, documentId: same.documentId, imported: true };
  if (imports[0])
    return { meetingId: imports[0].meetingId, documentId: imports[0].documentId, imported: false };

  const row = tx
    .select({ meetingId: schema.meetings.id, documentId: schema.documents.id })
    .from(schema.meetings)
    .innerJoin(
      schema.documents,
      and(
        eq(schema.documents.meetingId, schema.meetings.id),
        eq(schema.documents.kind, 'press_release'),
        eq(schema.documents.language, plan.language),
      ),
    )
    .where(
      and(
        eq(schema.meetings.bodyId, bodyId),
        eq(schema.meetings.sessionNumber, plan.sessionNumber),
        eq(schema.meetings.heldOn, plan.heldOn),
      ),
    )
    .get();
  if (!row) return null;
  const joinable = joinableRelease(tx, row.meetingId, plan);
  return joinable === null
    ? { ...row, imported: false }
    : { meetingId: row.meetingId, documentId: joinable, imported: false, joins: true };
}

/** What importing the file would create, and whether it is already in; writes nothing. */
export function previewImport(actor: Actor, source: ImportSource): ImportPreview {
  authorize(actor, 'releases.import', { attempted: 'releases.previewImport', type: 'release' });
  const db = getDb();
  const plan = readPlan(db, source);
  return { fileName: source.fileName, plan, existing: findExisting(db, plan, findBodyFor(db, plan)) };
}

/**
 * Imports one file. Re-importing a release already imported changes nothing and says so, however its
 * meeting's records were edited since; any other meeting of the same body, number and date (made here by
 * hand, or imported from another text) is never overwritten (a conflict). Everything else,
 * the body included when the register does not know it yet, is written in one transaction.
 *
 * First-published time: midnight, in the site's time zone, of the day the plan names (the page's
 * "Updated:" date when the text has one, else the day of the meeting; see ImportPlan.publishedOn).
 */
export function importRelease(actor: Actor, source: ImportSource, when?: When): ImportResult {
  authorize(actor, 'releases.import', { attempted: 'releases.import', type: 'release' });
  const plan = readPlan(getDb(), source);
  const publishedAt = zonedLocalToInstant(`${plan.publishedOn}T00:00`, getSiteSettings().timeZone);
  const result = (
    status: ImportResult['status'],
    meetingId: number,
    documentId: number,
    change: DocumentChange | null,
  ): ImportResult => ({
    status,
    fileName: source.fileName,
    meetingId,
    documentId,
    headline: plan.headline,
    warnings: plan.warnings,
    change,
  });

  return getDb().transaction(
    (tx) => {
      const knownBodyId = findBodyFor(tx, plan, { adopt: true });
      const existing = findExisting(tx, plan, knownBodyId);
      if (existing?.imported)
        return result('already_imported', existing.meetingId, existing.documentId, null);
      if (existing && !existing.joins) {
        throw conflict('import.meetingExists', {
          number: plan.sessionNumber,
          date: plan.heldOn,
          file: source.fileName,
        });
      }

      // Nested calls below run as savepoints of this transaction: a failure anywhere undoes the file.
      let meetingId: number;
      let documentId: number;
      if (existing?.joins) {
        ({ meetingId, documentId } = existing);
        fillLanguage(tx, meetingId, plan, plan.warnings);
      } else {
        const bodyId =
          knownBodyId ??
          createBody(actor, {
            originalLanguage: plan.language,
            // A body only a Chinese release has named gets its English name from the English release.
            name: plan.language === 'en' ? plan.bodyName : '',
            meetingName: plan.language === 'en' ? plan.meetingName : '',
            nameZh: plan.language === 'zh' ? plan.bodyName : '',
            meetingNameZh: plan.language === 'zh' ? plan.meetingName : '',
          }).id;
        meetingId = insertMeeting(tx, actor, {
          bodyId,
          sessionNumber: plan.sessionNumber,
          heldOn: plan.heldOn,
          location: '',
          chairName: '',
          chairTitle: '',
          attendees: '',
          purpose: '',
          ...meetingColumns(plan),
          status: 'held',
        }).id;
        for (const d of plan.decisions) {
          insertDecision(tx, actor, meetingId, {
            kind: d.kind,
            outcome: d.outcome,
            ...decisionTitleColumns(plan, d.title),
            emphasis: '',
            agendaItemId: null,
          });
        }
        documentId = tx
          .select({ id: schema.documents.id })
          .from(schema.documents)
          .where(
            and(
              eq(schema.documents.meetingId, meetingId),
              eq(schema.documents.kind, 'press_release'),
              eq(schema.documents.language, plan.language),
            ),
          )
          .get()!.id;
      }
      const change = importPublishedRevision(
        actor,
        documentId,
        {
          headline: plan.headline,
          body: plan.bodyMarkdown,
          publishedAt,
          comment: `Imported from ${source.fileName}`,
        },
        when,
      );
      recordAudit(
        actor,
        {
          action: 'release.imported',
          subjectType: 'meeting',
          subjectId: meetingId,
          detail: {
            file: source.fileName,
            language: plan.language,
            joinedMeeting: Boolean(existing?.joins),
            documentId,
            revisionId: change.revisionId,
            headline: plan.headline,
            sessionNumber: plan.sessionNumber,
            heldOn: plan.heldOn,
            verb: plan.verb,
            firstPublishedAt: publishedAt.toISOString(),
            decisions: plan.decisions.length,
            warnings: plan.warnings,
          },
          at: nowOf(when),
        },
        tx,
      );
      return result('created', meetingId, documentId, change);
    },
    { behavior: 'immediate' },
  );
}

/** What happened to one file of a batch, or in a dry run what would happen. */
export type ImportVerdict =
  | {
      file: string;
      verdict: 'created' | 'already_imported';
      meetingId: number;
      documentId: number;
      headline: string;
      warnings: string[];
    }
  | {
      file: string;
      verdict: 'refused';
      /** One word per cause: a parse refusal's code, or the catalogue key of a data-layer refusal. */
      code: string;
      /** The parser's reason (English, with the line), when the text was refused as unreadable. */
      line?: number;
      reason?: string;
      /** A data-layer refusal, for each entry point to say in its own language. */
      error?: GazetteError;
      warnings: string[];
    };

export type BatchOptions = {
  /** Runs every check and write of the import in a transaction that is then rolled back. */
  dryRun?: boolean;
  when?: When;
  /** Told of every file as soon as it is done (progress, reports, resuming). */
  onVerdict?: (verdict: ImportVerdict) => void;
};

class DryRunRollback extends Error {}

/**
 * Imports files one after the other, each in its own transaction, and says what became of each. A dry run
 * is the same run inside one transaction that is rolled back at the end, so its verdicts are the import's
 * by construction: the same parse, plan, body and meeting look-ups, conflicts between files of the batch
 * included. Errors that are neither a refusal of the text nor of the data layer (a disk failure) stop the
 * batch.
 */
export function importReleases(
  actor: Actor,
  sources: Iterable<ImportSource>,
  options: BatchOptions = {},
): ImportVerdict[] {
  const verdicts: ImportVerdict[] = [];
  const run = () => {
    for (const source of sources) {
      const verdict = importOne(actor, source, options.when);
      verdicts.push(verdict);
      options.onVerdict?.(verdict);
    }
  };
  if (!options.dryRun) {
    run();
    return verdicts;
  }
  try {
    getDb().transaction(
      () => {
        run();
        throw new DryRunRollback();
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return verdicts;
}

function importOne(actor: Actor, source: ImportSource, when?: When): ImportVerdict {
  const file = source.fileName;
  try {
    const r = importRelease(actor, source, when);
    return {
      file,
      verdict: r.status,
      meetingId: r.meetingId,
      documentId: r.documentId,
      headline: r.headline,
      warnings: r.warnings,
    };
  } catch (error) {
    if (error instanceof ReleaseParseError) {
      return {
        file,
        verdict: 'refused',
        code: error.code,
        line: error.line,
        reason: error.reason,
        warnings: [],
      };
    }
    if (error instanceof GazetteError)
      return { file, verdict: 'refused', code: error.key, error, warnings: [] };
    throw error;
  }
}
