import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { residentIdCheck } from '@/domain/personal-data';
import { documentOf, makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import {
  getPersonalDataReview,
  maskPersonalDataFindings,
  overridePersonalDataFinding,
  setProtectedNames,
} from './personal-data-review';
import { publishDueDocuments } from './scheduler';
import {
  approveStep,
  previewDraftFromRecords,
  publishDocument,
  saveRevision,
  scheduleDocument,
  submitForReview,
} from './workflow';

// The personal-data scan in the workflow: publication refused while a finding remains, masking as a new
// revision, a leader's override kept without the value, and the administrator's list of names.

const ID17 = '51010519800101123';
const ID = ID17 + residentIdCheck(ID17);
const T0 = new Date('2031-05-01T08:00:00.000Z');

let cleanup: () => void;
let cast: Awaited<ReturnType<typeof makeWorkflowCast>>;
let admin: Actor;
let session = 0;

beforeAll(async () => {
  cleanup = useTempDatabase();
  cast = await makeWorkflowCast();
  admin = await makeUser('admin', ['admin']);
});
afterAll(() => cleanup());

/** A release whose body carries `extra`, saved, reviewed and approved. */
function approvedRelease(extra: string) {
  const { secretary, reviewer, leader, bodyId } = cast;
  const documentId = documentOf(newMeeting(secretary, bodyId, { sessionNumber: ++session }), 'press_release');
  const text = previewDraftFromRecords(secretary, documentId);
  const when = { now: new Date(T0.getTime() - 86_400_000) };
  const { revisionId } = saveRevision(
    secretary,
    { documentId, baseRevisionId: null, headline: text.headline, body: `${text.body}\n\n${extra}` },
    when,
  );
  submitForReview(secretary, documentId, when);
  approveStep(reviewer, documentId, revisionId, '', when, { confidentiality: true });
  approveStep(leader, documentId, revisionId, '', when, { confidentiality: true });
  return { documentId, revisionId };
}

describe('the personal-data scan before publication', () => {
  it('finds nothing in a release drafted from the records', () => {
    const { documentId } = approvedRelease('');
    const review = getPersonalDataReview(cast.secretary, documentId)!;
    expect(review.findings).toEqual([]);
    expect(() => publishDocument(cast.leader, documentId)).not.toThrow();
  });

  it('refuses publishing and scheduling while a finding remains, and the scheduler too', () => {
    const { documentId } = approvedRelease(`Contact: ID ${ID}.`);
    const review = getPersonalDataReview(cast.leader, documentId)!;
    expect(review.findings.map((f) => [f.kind, f.value, f.part])).toEqual([['resident_id', ID, 'body']]);
    expect(review.findings[0]!.before).toContain('Contact: ID ');
    expect(refusalOf(() => publishDocument(cast.leader, documentId)).key).toBe('privacy.publishRefused');
    expect(
      refusalOf(() => scheduleDocument(cast.leader, documentId, new Date(Date.now() + 3_600_000))).key,
    ).toBe('privacy.publishRefused');
  });

  it('publishes once a leader overrides each finding with a reason; the override keeps no value', () => {
    const { documentId, revisionId } = approvedRelease(
      `Call 138 1234 5678 or write to a.person@example.com.`,
    );
    const { findings } = getPersonalDataReview(cast.leader, documentId)!;
    expect(findings.map((f) => f.kind)).toEqual(['mobile', 'email']);
    const [mobile, email] = findings;
    expect(
      refusalOf(() =>
        overridePersonalDataFinding(cast.secretary, {
          documentId,
          revisionId,
          finding: mobile!,
          reason: 'x',
        }),
      ).kind,
    ).toBe('forbidden');
    expect(
      refusalOf(() =>
        overridePersonalDataFinding(cast.leader, { documentId, revisionId, finding: mobile!, reason: ' ' }),
      ).key,
    ).toBe('privacy.reasonRequired');
    expect(
      overridePersonalDataFinding(cast.leader, {
        documentId,
        revisionId,
        finding: mobile!,
        reason: 'The office hotline',
      }),
    ).toBe(true);
    expect(refusalOf(() => publishDocument(cast.leader, documentId)).params).toEqual({ count: 1 });
    overridePersonalDataFinding(cast.leader, {
      documentId,
      revisionId,
      finding: email!,
      reason: 'The press contact',
    });
    expect(getPersonalDataReview(cast.leader, documentId)!.unresolved).toBe(0);
    publishDocument(cast.leader, documentId);
    const rows = getDb()
      .select()
      .from(schema.personalDataOverrides)
      .where(eq(schema.personalDataOverrides.documentId, documentId))
      .all();
    expect(rows.map((r) => r.reason)).toEqual(['The office hotline', 'The press contact']);
    const stored = JSON.stringify([
      rows,
      getDb()
        .select()
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.subjectId, String(documentId)))
        .all(),
    ]);
    expect(stored).not.toContain('5678');
    expect(stored).not.toContain('a.person');
  });

  it('masks a finding as a new draft revision, and the masked text passes', () => {
    const { documentId, revisionId } = approvedRelease(`ID ${ID}; mobile 13812345678.`);
    // Approved text is locked: masking it is refused until it is taken back.
    expect(
      refusalOf(() => maskPersonalDataFindings(cast.secretary, { documentId, revisionId, finding: 'all' }))
        .kind,
    ).toBe('forbidden');
    const { documentId: draftId } = (() => {
      const id = documentOf(
        newMeeting(cast.secretary, cast.bodyId, { sessionNumber: ++session }),
        'press_release',
      );
      saveRevision(cast.secretary, {
        documentId: id,
        baseRevisionId: null,
        headline: 'H',
        body: `ID ${ID}; mobile 13812345678.`,
      });
      return { documentId: id };
    })();
    const review = getPersonalDataReview(cast.secretary, draftId)!;
    const one = maskPersonalDataFindings(cast.secretary, {
      documentId: draftId,
      revisionId: review.revisionId,
      finding: review.findings[1]!,
    })!;
    const after = getPersonalDataReview(cast.secretary, draftId)!;
    expect(after.revisionId).toBe(one.revisionId);
    expect(after.findings.map((f) => f.kind)).toEqual(['resident_id']);
    maskPersonalDataFindings(cast.secretary, {
      documentId: draftId,
      revisionId: after.revisionId,
      finding: 'all',
    });
    const body = getDb()
      .select({ body: schema.revisions.body })
      .from(schema.revisions)
      .innerJoin(schema.documents, eq(schema.documents.currentRevisionId, schema.revisions.id))
      .where(eq(schema.documents.id, draftId))
      .get()!.body;
    expect(body).toBe(`ID ${ID.slice(0, 6)}********${ID.slice(14)}; mobile 138****5678.`);
    expect(getPersonalDataReview(cast.secretary, draftId)!.findings).toEqual([]);
    // Nothing left: told so, no new revision.
    expect(
      maskPersonalDataFindings(cast.secretary, {
        documentId: draftId,
        revisionId: getPersonalDataReview(cast.secretary, draftId)!.revisionId,
        finding: 'all',
      }),
    ).toBeNull();
  });

  it('finds the names on the administrator list, including at the scheduled time', () => {
    const { documentId } = approvedRelease('Commended: Zhao Ming of Leshan.');
    scheduleDocument(cast.leader, documentId, new Date(T0.getTime() + 3_600_000), { now: T0 });
    expect(refusalOf(() => setProtectedNames(cast.leader, 'Zhao Ming')).kind).toBe('forbidden');
    expect(setProtectedNames(admin, 'Zhao Ming\n\n  zhao ming \nWang Wu')).toBe(3);
    const tick = publishDueDocuments(new Date(T0.getTime() + 2 * 3_600_000));
    expect(tick.refused).toContainEqual({ documentId, reason: 'privacy.publishRefused' });
    setProtectedNames(admin, '');
  });
});
