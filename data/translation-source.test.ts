import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { getDocument } from './documents';
import { getMeeting } from './meetings';
import { originalBeside, originalChange, translationsMayGoFirst } from './translation-source';
import {
  approveStep,
  draftReleaseFromRecords,
  publishDocument,
  saveRevision,
  submitForReview,
} from './workflow';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

describe('what a translation’s editor shows of its original', () => {
  it('the published text, else the approved, else the current draft; and what changed once it is stale', async () => {
    const { bodyId, secretary, reviewer, leader } = await makeWorkflowCast();
    const meetingId = newMeeting(secretary, bodyId);
    const releases = getMeeting(secretary, meetingId).documents.filter((d) => d.kind === 'press_release');
    const original = releases.find((d) => d.translationOfId === null)!.id;
    const translation = releases.find((d) => d.translationOfId !== null)!.id;
    const beside = () => originalBeside(secretary, getDocument(secretary, translation))!;
    const reviewAndPublish = (revisionId: number) => {
      submitForReview(secretary, original);
      approveStep(reviewer, original, revisionId, '', undefined, { confidentiality: true });
      approveStep(leader, original, revisionId, '', undefined, { confidentiality: true });
      publishDocument(leader, original);
    };

    expect(originalBeside(secretary, getDocument(secretary, original))).toBeNull();
    expect(beside()).toMatchObject({ documentId: original, language: 'en', revision: null, basis: null });

    const first = draftReleaseFromRecords(secretary, original, null);
    expect(beside()).toMatchObject({ basis: 'current', revision: { id: first.revisionId } });

    submitForReview(secretary, original);
    approveStep(reviewer, original, first.revisionId, '', undefined, { confidentiality: true });
    approveStep(leader, original, first.revisionId, '', undefined, { confidentiality: true });
    expect(beside()).toMatchObject({ basis: 'approved', revision: { id: first.revisionId } });

    publishDocument(leader, original);
    expect(beside()).toMatchObject({ basis: 'published', revision: { id: first.revisionId } });

    // Translated from the published revision: level with it, nothing to show.
    saveRevision(secretary, {
      documentId: translation,
      baseRevisionId: null,
      headline: '王林主持召开省政府常务会议',
      body: '译文。',
      translatedFromRevisionId: first.revisionId,
    });
    expect(originalChange(secretary, getDocument(secretary, translation))).toBeNull();

    // The original published again with a change: the translation is stale, and shows the change.
    const text = getDocument(secretary, original).current!;
    const second = saveRevision(secretary, {
      documentId: original,
      baseRevisionId: text.id,
      headline: text.headline,
      body: `${text.body}\n\nThe meeting also stressed testing.`,
    });
    reviewAndPublish(second.revisionId);
    const change = originalChange(secretary, getDocument(secretary, translation))!;
    expect(change.from?.id).toBe(first.revisionId);
    expect(change.published.id).toBe(second.revisionId);
    expect(change.published.body).toContain('The meeting also stressed testing.');
    expect(beside()).toMatchObject({ basis: 'published', revision: { id: second.revisionId } });
  });

  it('keeps translations second unless the site allows otherwise', () => {
    expect(translationsMayGoFirst()).toBe(false);
  });
});
