import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { getChainSteps, listConfidentialityRules, setConfidentialityRule } from './confidentiality';
import {
  approveStep,
  previewDraftFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
} from './workflow';

// The confidentiality statement in the review chain: confirmed by the signer of the step that carries it,
// recorded with the approval, and required of the published revision for the kinds that need it.

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

function submittedRelease() {
  const { secretary, bodyId } = cast;
  const documentId = documentOf(newMeeting(secretary, bodyId, { sessionNumber: ++session }), 'press_release');
  const text = previewDraftFromRecords(secretary, documentId);
  const { revisionId } = saveRevision(secretary, { documentId, baseRevisionId: null, ...text });
  submitForReview(secretary, documentId);
  return { documentId, revisionId };
}

describe('the confidentiality review', () => {
  it('is signed on the first step of a press release, and shown as such in the chain', () => {
    const { documentId, revisionId } = submittedRelease();
    expect(refusalOf(() => approveStep(cast.reviewer, documentId, revisionId)).key).toBe(
      'confidentiality.confirmRequired',
    );
    approveStep(cast.reviewer, documentId, revisionId, '', undefined, { confidentiality: true });
    // The leader's step does not carry it: no statement asked.
    approveStep(cast.leader, documentId, revisionId);
    const steps = getChainSteps(cast.secretary, documentId);
    expect(
      steps.map((s) => [s.step, s.role, s.carriesStatement, s.signed?.name, s.signed?.confirmed]),
    ).toEqual([
      [1, 'reviewer', true, 'reviewer', true],
      [2, 'leader', false, 'leader', false],
    ]);
    expect(() => publishDocument(cast.leader, documentId)).not.toThrow();
  });

  it('refuses publishing a revision no approval of which carries it', () => {
    setConfidentialityRule(admin, 'press_release', { required: false, step: 1 });
    const { documentId, revisionId } = submittedRelease();
    approveStep(cast.reviewer, documentId, revisionId);
    approveStep(cast.leader, documentId, revisionId);
    // Required again before the publication: the approvals given carry no statement.
    setConfidentialityRule(admin, 'press_release', { required: true, step: 1 });
    expect(refusalOf(() => publishDocument(cast.leader, documentId)).key).toBe('confidentiality.missing');
  });

  it('is the administrator’s to move to another step or switch off, per kind', () => {
    expect(
      refusalOf(() => setConfidentialityRule(cast.leader, 'minutes', { required: true, step: 1 })).kind,
    ).toBe('forbidden');
    setConfidentialityRule(admin, 'press_release', { required: true, step: 2 });
    expect(listConfidentialityRules().press_release).toEqual({ required: true, step: 2 });
    const { documentId, revisionId } = submittedRelease();
    approveStep(cast.reviewer, documentId, revisionId);
    expect(refusalOf(() => approveStep(cast.leader, documentId, revisionId)).key).toBe(
      'confidentiality.confirmRequired',
    );
    approveStep(cast.leader, documentId, revisionId, '', undefined, { confidentiality: true });
    publishDocument(cast.leader, documentId);
    setConfidentialityRule(admin, 'press_release', { required: true, step: 1 });
  });
});
