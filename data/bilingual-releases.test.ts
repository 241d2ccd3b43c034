import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { systemActor, type Actor } from './actor';
import { getDocument } from './documents';
import { addDecision, updateDecision } from './meeting-records';
import {
  createBody,
  createMeeting,
  getMeeting,
  listAllBodies,
  updateBodyNames,
  updateMeeting,
} from './meetings';
import { listReviewChains, setReviewChain } from './review-chains';
import { getSiteSettings, updateSiteSettings } from './site-settings';
import {
  approveStep,
  draftReleaseFromRecords,
  missingForRelease,
  publishDocument,
  saveRevision,
  scheduleDocument,
  submitForReview,
  withdrawDocument,
} from './workflow';

// A meeting of a body that writes in Chinese first: its Chinese release is the original, its English
// release the translation; each is drafted from the records in its language and goes through its own review.

let cleanup: () => void;
let secretary: Actor;
let reviewer: Actor;
let leader: Actor;
let admin: Actor;
let bodyId: number;
let heldOn = 1;

beforeAll(async () => {
  cleanup = useTempDatabase();
  secretary = await makeUser('secretary', ['secretary']);
  reviewer = await makeUser('reviewer', ['reviewer']);
  leader = await makeUser('leader', ['leader']);
  admin = await makeUser('admin', ['admin']);
  bodyId = createBody(systemActor('seed'), {
    originalLanguage: 'zh',
    name: "the People's Government of Sichuan Province",
    nameZh: '省政府',
    meetingName: 'Executive Meeting',
    meetingNameZh: '常务会议',
  }).id;
});
afterAll(() => cleanup());

const at = (minute: number) => ({ now: new Date(Date.UTC(2031, 4, 1, 8, minute)) });

/** A meeting recorded in Chinese, with one decision; English values only where `english` is set. */
function chineseMeeting(english = false) {
  const { id } = createMeeting(secretary, {
    bodyId,
    sessionNumber: 30,
    heldOn: `2031-04-${String(heldOn++).padStart(2, '0')}`,
    location: '',
    chairName: english ? 'Wang Lin' : '',
    chairNameZh: '王林',
    chairTitle: english ? 'Governor' : '',
    chairTitleZh: '省长',
    attendees: '',
    purpose: '',
    status: 'held',
  });
  addDecision(secretary, id, {
    title: english ? 'Measures for Clean Air' : '',
    titleZh: '清洁空气措施',
    kind: 'measures',
    outcome: 'adopted',
    emphasis: '',
    agendaItemId: null,
  });
  const releases = getMeeting(secretary, id).documents.filter((d) => d.kind === 'press_release');
  return {
    meetingId: id,
    original: releases.find((d) => d.translationOfId === null)!.id,
    translation: releases.find((d) => d.translationOfId !== null)!.id,
  };
}

/** Drafted from the records, reviewed and approved: ready to publish. */
function approved(documentId: number, minute = 0) {
  const { revisionId } = draftReleaseFromRecords(secretary, documentId, currentOf(documentId), at(minute));
  submitForReview(secretary, documentId, at(minute + 1));
  approveStep(reviewer, documentId, revisionId, '', at(minute + 2), { confidentiality: true });
  approveStep(leader, documentId, revisionId, '', at(minute + 3), { confidentiality: true });
  return revisionId;
}

const currentOf = (documentId: number) => getDocument(secretary, documentId).current?.id ?? null;

describe('a meeting of a body that writes in Chinese first', () => {
  it('has its agenda and minutes in Chinese, and a Chinese original with its English translation', () => {
    const { meetingId, original, translation } = chineseMeeting();
    const docs = getMeeting(secretary, meetingId).documents;
    expect(docs.map((d) => [d.kind, d.language, d.translationOfId])).toEqual([
      ['agenda', 'zh', null],
      ['minutes', 'zh', null],
      ['press_release', 'zh', null],
      ['press_release', 'en', original],
    ]);
    expect(getDocument(secretary, translation).translation).toMatchObject({
      originalId: original,
      originalLanguage: 'zh',
      stale: false,
    });
  });

  it('drafts the Chinese release from the Chinese records, and lists what the English one still lacks', () => {
    const { original, translation } = chineseMeeting();
    const { revisionId } = draftReleaseFromRecords(secretary, original, null);
    expect(getDocument(secretary, original).current).toMatchObject({
      id: revisionId,
      headline: '王林主持召开省政府第30次常务会议',
    });
    expect(missingForRelease(secretary, original)).toEqual([]);
    expect(missingForRelease(secretary, translation)).toEqual([
      { field: 'chairName', known: '王林' },
      { field: 'chairTitle', known: '省长' },
      { field: 'decisionTitle', position: 1, known: '清洁空气措施' },
    ]);
    expect(refusalOf(() => draftReleaseFromRecords(secretary, translation, null))).toMatchObject({
      kind: 'invalid',
      key: 'documents.recordsMissingInLanguage',
      params: { count: 3 },
    });
  });

  it('drafts the English translation once the English values are there, naming the original it follows', () => {
    const { meetingId, original, translation } = chineseMeeting();
    const originalRevision = draftReleaseFromRecords(secretary, original, null).revisionId;
    const meeting = getMeeting(secretary, meetingId);
    updateMeeting(secretary, meetingId, { ...meeting, chairName: 'Wang Lin', chairTitle: 'Governor' });
    expect(missingForRelease(secretary, translation)).toEqual([
      { field: 'decisionTitle', position: 1, known: '清洁空气措施' },
    ]);
    const d = meeting.decisions[0]!;
    updateDecision(secretary, meetingId, d.id, {
      title: 'Measures for Clean Air',
      kind: d.kind,
      outcome: d.outcome,
      emphasis: d.emphasis,
      agendaItemId: d.agendaItemId,
    });
    expect(missingForRelease(secretary, translation)).toEqual([]);

    const { revisionId } = draftReleaseFromRecords(secretary, translation, null);
    const drafted = getDocument(secretary, translation);
    expect(drafted.current).toMatchObject({
      id: revisionId,
      headline: "Wang Lin Chairs Executive Meeting of the People's Government of Sichuan Province",
      translatedFromRevisionId: originalRevision,
    });
    expect(drafted.current!.body).toContain('deliberated and adopted the Measures for Clean Air');
  });
});

describe('the order of publication', () => {
  it('refuses a translation before its original, saying which language goes first', () => {
    const { original, translation } = chineseMeeting(true);
    approved(translation);
    const refusal = refusalOf(() => publishDocument(leader, translation, {}, at(10)));
    expect(refusal).toMatchObject({
      kind: 'forbidden',
      key: 'workflow.refused.originalUnpublished',
      params: { language: 'zh' },
    });
    expect(getDocument(leader, translation).workingState).toBe('approved');

    approved(original, 20);
    publishDocument(leader, original, {}, at(30));
    publishDocument(leader, translation, {}, at(31));
    expect(getDocument(leader, translation).publicationState).toBe('published');
  });

  it('schedules a translation no earlier than its original', () => {
    const { original, translation } = chineseMeeting(true);
    approved(original);
    approved(translation, 5);
    const now = at(10);
    const later = (minutes: number) => new Date(now.now.getTime() + minutes * 60_000);
    expect(refusalOf(() => scheduleDocument(leader, translation, later(60), now)).key).toBe(
      'workflow.refused.originalUnpublished',
    );
    scheduleDocument(leader, original, later(60), now);
    expect(refusalOf(() => scheduleDocument(leader, translation, later(59), now)).key).toBe(
      'workflow.refused.originalUnpublished',
    );
    scheduleDocument(leader, translation, later(60), now);
    expect(getDocument(leader, translation).workingState).toBe('scheduled');
  });

  it('lets a translation go first when the site allows it', () => {
    const { translation } = chineseMeeting(true);
    approved(translation);
    const settings = getSiteSettings();
    updateSiteSettings(admin, { ...settings, translationFirst: true });
    try {
      publishDocument(leader, translation, {}, at(10));
      expect(getDocument(leader, translation).publicationState).toBe('published');
    } finally {
      updateSiteSettings(admin, settings);
    }
  });
});

describe('withdrawing an original', () => {
  it('takes its translation down too when asked, for the same reason, and leaves it up otherwise', () => {
    for (const withTranslation of [true, false]) {
      const { original, translation } = chineseMeeting(true);
      approved(original);
      approved(translation, 5);
      publishDocument(leader, original, {}, at(10));
      publishDocument(leader, translation, {}, at(11));
      const change = withdrawDocument(leader, original, 'Figures to be corrected.', at(12), {
        withTranslation,
      });
      expect(getDocument(leader, original).publicationState).toBe('withdrawn');
      expect(getDocument(leader, translation).publicationState).toBe(
        withTranslation ? 'withdrawn' : 'published',
      );
      expect(change.alsoWithdrawn?.documentId).toBe(withTranslation ? translation : undefined);
      if (withTranslation) {
        expect(getDocument(leader, translation).transitions[0]).toMatchObject({
          action: 'withdraw',
          comment: 'Figures to be corrected.',
        });
      }
    }
  });
});

describe('a stale translation', () => {
  it('is stale once its original publishes newer text, until a save names that text', () => {
    const { original, translation } = chineseMeeting(true);
    const first = approved(original);
    publishDocument(leader, original, {}, at(10));
    approved(translation, 11);
    publishDocument(leader, translation, {}, at(20));
    expect(getDocument(leader, translation).translation).toMatchObject({
      translatedFromRevisionId: first,
      stale: false,
    });

    const base = currentOf(original);
    const newer = saveRevision(secretary, {
      documentId: original,
      baseRevisionId: base,
      headline: '王林主持召开省政府第30次常务会议',
      body: `${getDocument(secretary, original).current!.body}\n\n会议还研究了其他事项。`,
    }).revisionId;
    // A newer draft of the original is not yet what the public reads: the translation is level.
    expect(getDocument(leader, translation).translation?.stale).toBe(false);
    submitForReview(secretary, original, at(30));
    approveStep(reviewer, original, newer, '', at(31), { confidentiality: true });
    approveStep(leader, original, newer, '', at(32), { confidentiality: true });
    publishDocument(leader, original, {}, at(33));
    expect(getDocument(leader, translation).translation).toMatchObject({
      originalPublishedRevisionId: newer,
      translatedFromRevisionId: first,
      stale: true,
    });

    // An edit that does not say what it follows keeps its predecessor's original: still stale.
    const text = getDocument(secretary, translation).current!;
    const edited = saveRevision(secretary, {
      documentId: translation,
      baseRevisionId: text.id,
      headline: text.headline,
      body: `${text.body}\n\nEdited.`,
    }).revisionId;
    expect(getDocument(leader, translation).translation?.stale).toBe(true);
    saveRevision(secretary, {
      documentId: translation,
      baseRevisionId: edited,
      headline: text.headline,
      body: text.body,
      translatedFromRevisionId: newer,
    });
    expect(getDocument(leader, translation).translation?.stale).toBe(false);
  });

  it('refuses to be said to follow a revision that is not its original’s', () => {
    const { translation, meetingId } = chineseMeeting(true);
    const minutes = getMeeting(secretary, meetingId).documents.find((d) => d.kind === 'minutes')!.id;
    const minutesRevision = saveRevision(secretary, {
      documentId: minutes,
      baseRevisionId: null,
      headline: '会议纪要',
      body: '纪要正文。',
    }).revisionId;
    expect(
      refusalOf(() =>
        saveRevision(secretary, {
          documentId: translation,
          baseRevisionId: null,
          headline: 'Text',
          body: 'Text.',
          translatedFromRevisionId: minutesRevision,
        }),
      ).key,
    ).toBe('documents.revisionNotFound');
    expect(getDocument(secretary, translation).current).toBeNull();
  });
});

describe('review chains per language', () => {
  it('changes one language’s chain and leaves the other’s', () => {
    setReviewChain(admin, 'press_release', 'en', ['leader']);
    const chains = listReviewChains();
    expect(chains.en.press_release).toEqual(['leader']);
    expect(chains.zh.press_release).toEqual(['reviewer', 'leader']);
    const { translation } = chineseMeeting(true);
    expect(getDocument(secretary, translation).chain).toEqual(['leader']);
    setReviewChain(admin, 'press_release', 'en', ['reviewer', 'leader']);
  });
});

describe("a body's names", () => {
  it('take their translation later, never leave the original empty, and only an administrator changes them', async () => {
    const { id } = createBody(systemActor('seed'), {
      originalLanguage: 'en',
      name: 'the Town',
      meetingName: 'Council',
    });
    const names = { name: 'the Town', meetingName: 'Council', nameZh: '镇政府', meetingNameZh: '镇务会议' };
    expect(refusalOf(() => updateBodyNames(secretary, id, names)).kind).toBe('forbidden');
    expect(refusalOf(() => updateBodyNames(admin, id, { ...names, name: '' })).key).toBe(
      'bodies.originalNamesRequired',
    );
    updateBodyNames(admin, id, names);
    expect(listAllBodies(admin).find((b) => b.id === id)).toMatchObject({ ...names, originalLanguage: 'en' });
  });
});
