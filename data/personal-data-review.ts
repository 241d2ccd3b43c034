import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { PERSONAL_DATA_KINDS } from '@/domain/personal-data';
import { can } from '@/domain/permissions';
import {
  isPersonalDataKind,
  isScannedKind,
  maskedDocument,
  sameFinding,
  type FindingKey,
} from '@/domain/publication-scan';
import { actorUserId, type Actor } from './actor';
import { authorize } from './authorize';
import { recordAudit, refusal } from './audit';
import { getDocument, loadDocumentRow, loadRevision, readableDocumentRow } from './documents';
import { conflict, invalid } from './errors';
import {
  parseNames,
  protectedNames,
  reviewed,
  scanRevision,
  valueHash,
  type ReviewedFinding,
} from './personal-data-scan';
import { saveRevision, type SavedRevision } from './workflow';

// What people do about the personal-data scan's findings: the secretariat masks them, a leader overrides
// one with a reason, an administrator keeps the list of names.

export type PersonalDataReview = {
  documentId: number;
  revisionId: number;
  findings: ReviewedFinding[];
  notScanned: string[];
  /** Findings with no override: publication is refused while any remain. */
  unresolved: number;
  mayOverride: boolean;
};

/** Replaces the list of names (an administrator's); the audit records how many, never the names. */
export function setProtectedNames(actor: Actor, text: string): number {
  authorize(actor, 'siteSettings.update', { attempted: 'settings.protectedNames', type: 'settings' });
  const names = parseNames(text);
  getDb().transaction(
    (tx) => {
      tx.update(schema.siteSettings)
        .set({ protectedNames: names.join('\n') })
        .where(eq(schema.siteSettings.id, 1))
        .run();
      recordAudit(
        actor,
        {
          action: 'settings.protectedNames',
          subjectType: 'settings',
          subjectId: 1,
          detail: { count: names.length },
        },
        tx,
      );
    },
    { behavior: 'immediate' },
  );
  return names.length;
}

/** The list as the administrator edits it (one name a line). */
export function protectedNamesText(actor: Actor): string {
  authorize(actor, 'siteSettings.update', { attempted: 'settings.protectedNames', type: 'settings' });
  return protectedNames().join('\n');
}

/** The scan of a document's current revision as the workspace shows it; null for kinds never public. */
export function getPersonalDataReview(actor: Actor, documentId: number): PersonalDataReview | null {
  const db = getDb();
  const doc = readableDocumentRow(actor, documentId);
  if (!isScannedKind(doc.kind)) return null;
  const revision = loadRevision(db, doc.currentRevisionId);
  if (!revision) return null;
  const { findings, notScanned } = reviewed(db, revision);
  return {
    documentId: doc.id,
    revisionId: revision.id,
    findings,
    notScanned,
    unresolved: findings.filter((f) => !f.override).length,
    mayOverride: can(actor, 'personalData.override'),
  };
}

/**
 * Masks one finding of the current revision (or all of them) in the standard way, as a new revision saved
 * like any other (so it is reviewed again). Refused when the revision is no longer the one shown; null when
 * nothing is left to mask.
 */
export function maskPersonalDataFindings(
  actor: Actor,
  input: { documentId: number; revisionId: number; finding: FindingKey | 'all' },
): SavedRevision | null {
  const doc = readableDocumentRow(actor, input.documentId);
  if (doc.currentRevisionId !== input.revisionId) throw conflict('documents.staleSave');
  const revision = loadRevision(getDb(), input.revisionId)!;
  const inText = scanRevision(getDb(), revision).findings.filter(
    (f) => f.part === 'headline' || f.part === 'body',
  );
  const chosen =
    input.finding === 'all' ? inText : inText.filter((f) => sameFinding(f, input.finding as FindingKey));
  // Nothing (left) to mask — another tab masked it — is no error for one who may edit the text.
  if (chosen.length === 0) {
    if (!getDocument(actor, doc.id).may.edit) {
      throw refusal(
        actor,
        'documents.save',
        { type: 'document', id: doc.id },
        'workflow.refused.roleRequired',
        {
          role: 'secretary',
        },
      );
    }
    return null;
  }
  const saved = saveRevision(actor, {
    documentId: doc.id,
    baseRevisionId: revision.id,
    ...maskedDocument(revision, chosen),
  });
  recordAudit(actor, {
    action: 'document.personalDataMasked',
    subjectType: 'document',
    subjectId: doc.id,
    detail: { fromRevisionId: revision.id, revisionId: saved.revisionId, kinds: chosen.map((f) => f.kind) },
  });
  return saved;
}

/**
 * A leader's decision that one finding of the current revision is published as it stands, with the reason.
 * Kept with the revision and the finding's place and the hash of its value, never the value; audited.
 * False when there was nothing to override (the finding is gone, or already overridden).
 */
export function overridePersonalDataFinding(
  actor: Actor,
  input: { documentId: number; revisionId: number; finding: FindingKey; reason: string },
): boolean {
  authorize(actor, 'personalData.override', {
    attempted: 'documents.personalDataOverride',
    type: 'document',
    id: input.documentId,
  });
  readableDocumentRow(actor, input.documentId);
  const reason = input.reason.trim();
  if (!reason) throw invalid('privacy.reasonRequired');
  if (!isPersonalDataKind(input.finding.kind, PERSONAL_DATA_KINDS)) throw invalid('error.invalidInput');
  return getDb().transaction(
    (tx) => {
      const doc = loadDocumentRow(tx, input.documentId);
      if (doc.currentRevisionId !== input.revisionId) throw conflict('documents.revisionChanged');
      const revision = loadRevision(tx, input.revisionId)!;
      const finding = scanRevision(tx, revision).findings.find((f) => sameFinding(f, input.finding));
      // No longer in the text (masked meanwhile): nothing is left to override.
      if (!finding) return false;
      const hash = valueHash(finding.value);
      const existing = tx
        .select({ id: schema.personalDataOverrides.id })
        .from(schema.personalDataOverrides)
        .where(
          and(
            eq(schema.personalDataOverrides.revisionId, revision.id),
            eq(schema.personalDataOverrides.part, finding.part),
            eq(schema.personalDataOverrides.kind, finding.kind),
            eq(schema.personalDataOverrides.start, finding.start),
            eq(schema.personalDataOverrides.end, finding.end),
          ),
        )
        .get();
      if (existing) return false;
      tx.insert(schema.personalDataOverrides)
        .values({
          documentId: doc.id,
          revisionId: revision.id,
          part: finding.part,
          kind: finding.kind,
          start: finding.start,
          end: finding.end,
          valueHash: hash,
          reason,
          userId: actorUserId(actor)!,
        })
        .run();
      recordAudit(
        actor,
        {
          action: 'document.personalDataOverride',
          subjectType: 'document',
          subjectId: doc.id,
          detail: {
            revisionId: revision.id,
            part: finding.part,
            kind: finding.kind,
            start: finding.start,
            end: finding.end,
            valueHash: hash,
            reason,
          },
        },
        tx,
      );
      return true;
    },
    { behavior: 'immediate' },
  );
}
