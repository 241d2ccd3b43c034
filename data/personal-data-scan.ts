import 'server-only';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, schema, type Db, type Tx } from '@/db';
import {
  isScannedKind,
  sameFinding,
  scanDocument,
  type AttachmentText,
  type DocumentFinding,
} from '@/domain/publication-scan';
import type { DocumentKind } from '@/domain/vocabulary';
import { loadRevision } from './documents';
import { invalid } from './errors';

// The personal-data scan of what is about to go public, as the data layer runs it: the revision's text and
// its attachments' text layers, the administrator's list of names, and the leaders' overrides.

/** A finding as the workspace shows it, with the leader's override when there is one. */
export type ReviewedFinding = DocumentFinding & {
  override: { reason: string; userName: string | null; at: Date } | null;
};

/** The administrator's list of names of people who asked not to be named. */
export function protectedNames(db: Db | Tx = getDb()): string[] {
  const row = db.select({ names: schema.siteSettings.protectedNames }).from(schema.siteSettings).get();
  return parseNames(row?.names ?? '');
}

export const parseNames = (text: string): string[] => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((n) => n.trim())
      .filter(Boolean),
  ),
];

export const valueHash = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/**
 * The texts of a revision's attachments, to scan with it, in their order: the text layer read when each was
 * attached; null for a file with none (an image, a spreadsheet), listed as not scanned.
 */
export function attachmentTexts(db: Db | Tx, revisionId: number): AttachmentText[] {
  return db
    .select({ name: schema.attachments.name, text: schema.fileTextLayers.text })
    .from(schema.attachments)
    .leftJoin(schema.fileTextLayers, eq(schema.fileTextLayers.sha256, schema.attachments.sha256))
    .where(eq(schema.attachments.revisionId, revisionId))
    .orderBy(schema.attachments.position)
    .all()
    .map(({ name, text }) => ({ name, text: text ?? null }));
}

export function scanRevision(db: Db | Tx, revision: { id: number; headline: string; body: string }) {
  return scanDocument(
    { headline: revision.headline, body: revision.body, attachments: attachmentTexts(db, revision.id) },
    { protectedNames: protectedNames(db) },
  );
}

function overridesOf(db: Db | Tx, revisionId: number) {
  return db
    .select({
      part: schema.personalDataOverrides.part,
      kind: schema.personalDataOverrides.kind,
      start: schema.personalDataOverrides.start,
      end: schema.personalDataOverrides.end,
      valueHash: schema.personalDataOverrides.valueHash,
      reason: schema.personalDataOverrides.reason,
      userName: schema.users.displayName,
      at: schema.personalDataOverrides.createdAt,
    })
    .from(schema.personalDataOverrides)
    .leftJoin(schema.users, eq(schema.users.id, schema.personalDataOverrides.userId))
    .where(eq(schema.personalDataOverrides.revisionId, revisionId))
    .all();
}

export function reviewed(db: Db | Tx, revision: { id: number; headline: string; body: string }) {
  const scan = scanRevision(db, revision);
  const overrides = overridesOf(db, revision.id);
  const findings: ReviewedFinding[] = scan.findings.map((f) => {
    const o = overrides.find((o) => sameFinding(o, f) && o.valueHash === valueHash(f.value));
    return { ...f, override: o ? { reason: o.reason, userName: o.userName, at: o.at } : null };
  });
  return { findings, notScanned: scan.notScanned };
}

/**
 * Publication's check, inside its transaction: a document that can go public is refused while its
 * revision holds a finding no leader has overridden. Run on publish now, on schedule, and when the
 * scheduler publishes (the list of names may have grown meanwhile).
 */
export function assertNoPersonalData(tx: Tx, doc: { kind: DocumentKind }, revisionId: number | null): void {
  if (!isScannedKind(doc.kind) || revisionId === null) return;
  const revision = loadRevision(tx, revisionId);
  if (!revision) return;
  const unresolved = reviewed(tx, revision).findings.filter((f) => !f.override).length;
  if (unresolved > 0) throw invalid('privacy.publishRefused', { count: unresolved });
}
