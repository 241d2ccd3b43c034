import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { makeUser, makeWorkflowCast, newMeeting, refusalOf } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import type { Actor } from './actor';
import { EMPTY_CATALOGUE, catalogueAsOf, type CatalogueFields } from './catalogue-entries';
import { addDecision, removeDecision } from './meeting-records';
import {
  createInterpretation,
  expireIssuedDocuments,
  issueDocumentFromDecision,
  publishWithInterpretation,
  saveCatalogue,
} from './issued-documents';
import { approveStep, publishDocument, saveRevision, submitForReview } from './workflow';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

type Cast = Awaited<ReturnType<typeof makeWorkflowCast>>;
let cast: Cast;
let reviewer2: Actor;

const row = (id: number) => getDb().select().from(schema.documents).where(eq(schema.documents.id, id)).get()!;
const indexNumberOf = (id: number) =>
  getDb().select().from(schema.indexNumbers).where(eq(schema.indexNumbers.documentId, id)).get();

/** A decision of a new meeting, issued as a policy document: the original's and translation's ids. */
function issuedPolicy(title: string) {
  const meetingId = newMeeting(cast.secretary, cast.bodyId);
  const decisionId = addDecision(cast.secretary, meetingId, {
    title,
    kind: 'policies_and_measures',
    outcome: 'adopted',
    emphasis: '',
    agendaItemId: null,
  }).id;
  const { documentId } = issueDocumentFromDecision(cast.secretary, decisionId);
  return { meetingId, decisionId, documentId };
}

/** Writes a text and catalogue fields, and takes it through both review steps to approved. */
function writeAndApprove(documentId: number, headline: string, fields: Partial<CatalogueFields> = {}) {
  const saved = saveRevision(cast.secretary, {
    documentId,
    baseRevisionId: row(documentId).currentRevisionId,
    headline,
    body: 'Text.',
  });
  const withFields = saveCatalogue(cast.secretary, documentId, saved.revisionId, {
    ...EMPTY_CATALOGUE,
    ...fields,
  });
  submitForReview(cast.secretary, documentId, undefined, { expectedRevisionId: withFields.revisionId });
  approveStep(cast.reviewer, documentId, withFields.revisionId, '', undefined, { confidentiality: true });
  approveStep(cast.leader, documentId, withFields.revisionId);
}

describe('issued documents', () => {
  beforeAll(async () => {
    cast = await makeWorkflowCast();
    reviewer2 = await makeUser('reviewer2', ['reviewer']);
  });

  it('are issued from a decision in the original language with a translation, once', () => {
    const { decisionId, documentId } = issuedPolicy('Several Measures');
    const original = row(documentId);
    expect(original).toMatchObject({
      kind: 'policy_document',
      decisionId,
      language: 'en',
      translationOfId: null,
    });
    const again = issueDocumentFromDecision(cast.secretary, decisionId);
    expect(again.documentId).toBe(documentId);
    const group = getDb()
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.decisionId, decisionId))
      .all();
    expect(group.map((d) => [d.language, d.translationOfId])).toEqual([
      ['en', null],
      ['zh', documentId],
    ]);
  });

  it('keep a decision whose document was issued', () => {
    const { meetingId, decisionId } = issuedPolicy('Kept Measures');
    expect(refusalOf(() => removeDecision(cast.secretary, meetingId, decisionId)).key).toBe(
      'issued.decisionHasDocuments',
    );
  });

  it('let a meeting adopt several documents', () => {
    const meetingId = newMeeting(cast.secretary, cast.bodyId);
    const ids = ['First Measures', 'Second Notice'].map((title) => {
      const decisionId = addDecision(cast.secretary, meetingId, {
        title,
        kind: 'measures',
        outcome: 'adopted',
        emphasis: '',
        agendaItemId: null,
      }).id;
      return issueDocumentFromDecision(cast.secretary, decisionId).documentId;
    });
    expect(new Set(ids).size).toBe(2);
  });

  it('refuse issuing to a reviewer', () => {
    const meetingId = newMeeting(cast.secretary, cast.bodyId);
    const decisionId = addDecision(cast.secretary, meetingId, {
      title: 'X',
      kind: 'measures',
      outcome: 'adopted',
      emphasis: '',
      agendaItemId: null,
    }).id;
    expect(refusalOf(() => issueDocumentFromDecision(reviewer2, decisionId)).kind).toBe('forbidden');
  });

  it('keep catalogue fields per revision, checked, and carried over by a text save', () => {
    const { documentId } = issuedPolicy('Catalogued Measures');
    const first = saveRevision(cast.secretary, {
      documentId,
      baseRevisionId: null,
      headline: 'Catalogued Measures',
      body: 'One.',
    });
    expect(
      refusalOf(() =>
        saveCatalogue(cast.secretary, documentId, first.revisionId, {
          ...EMPTY_CATALOGUE,
          documentNumber: '川府发[2031]5号',
        }),
      ).key,
    ).toBe('issued.numberProblem.form');
    expect(
      refusalOf(() =>
        saveCatalogue(cast.secretary, documentId, first.revisionId, {
          ...EMPTY_CATALOGUE,
          disclosure: 'on_request',
        }),
      ).key,
    ).toBe('issued.reasonRequired');
    const withFields = saveCatalogue(cast.secretary, documentId, first.revisionId, {
      ...EMPTY_CATALOGUE,
      documentNumber: '川府发〔2031〕5号',
      writtenOn: '2031-05-02',
      effectiveOn: '2031-06-01',
    });
    const textAgain = saveRevision(cast.secretary, {
      documentId,
      baseRevisionId: withFields.revisionId,
      headline: 'Catalogued Measures',
      body: 'Two.',
    });
    expect(catalogueAsOf(getDb(), documentId, textAgain.revisionId).documentNumber).toBe('川府发〔2031〕5号');
    expect(catalogueAsOf(getDb(), documentId, first.revisionId)).toEqual(EMPTY_CATALOGUE);
  });

  it('give an index number at first publication, keep it on republication, and never give one twice', () => {
    const a = issuedPolicy('Policy A').documentId;
    const b = issuedPolicy('Policy B').documentId;
    writeAndApprove(a, 'Policy A', { documentNumber: 'Test Council Issue [2031] No. 1' });
    writeAndApprove(b, 'Policy B', { documentNumber: 'Test Council Issue [2031] No. 2' });
    publishDocument(cast.leader, a);
    publishDocument(cast.leader, b);
    const [na, nb] = [indexNumberOf(a)!, indexNumberOf(b)!];
    expect(na.indexNumber).toMatch(/^B\d+\/GEN-\d{4}-\d{5}$/);
    expect(nb.serial).toBe(na.serial + 1);
    // A corrected republication keeps its number.
    writeAndApprove(a, 'Policy A, corrected', { documentNumber: 'Test Council Issue [2031] No. 1' });
    publishDocument(cast.leader, a);
    expect(indexNumberOf(a)!.indexNumber).toBe(na.indexNumber);
    // Another document may not take a published document number.
    const c = issuedPolicy('Policy C').documentId;
    const saved = saveRevision(cast.secretary, {
      documentId: c,
      baseRevisionId: null,
      headline: 'C',
      body: 'C',
    });
    expect(
      refusalOf(() =>
        saveCatalogue(cast.secretary, c, saved.revisionId, {
          ...EMPTY_CATALOGUE,
          documentNumber: 'Test Council Issue [2031] No. 2',
        }),
      ).key,
    ).toBe('issued.refused.numberTaken');
  });

  it('publish an interpretation only after its policy, and both in one step', () => {
    const { documentId: policy } = issuedPolicy('Interpreted Measures');
    const interpretation = createInterpretation(cast.secretary, policy).documentId;
    expect(row(interpretation)).toMatchObject({ kind: 'interpretation', interpretsId: policy });
    writeAndApprove(policy, 'Interpreted Measures');
    writeAndApprove(interpretation, 'Interpretation of the Interpreted Measures');
    expect(refusalOf(() => publishDocument(cast.leader, interpretation)).key).toBe(
      'issued.refused.policyUnpublished',
    );
    const changes = publishWithInterpretation(cast.leader, policy);
    expect(changes.map((c) => c.documentId)).toEqual([policy, interpretation]);
    expect([row(policy).publicationState, row(interpretation).publicationState]).toEqual([
      'published',
      'published',
    ]);
  });

  it('let only the secretariat save catalogue fields, and only a leader publish both in one step', () => {
    const { documentId: policy } = issuedPolicy('Guarded Measures');
    const saved = saveRevision(cast.secretary, {
      documentId: policy,
      baseRevisionId: null,
      headline: 'G',
      body: 'G',
    });
    expect(refusalOf(() => saveCatalogue(reviewer2, policy, saved.revisionId, EMPTY_CATALOGUE)).kind).toBe(
      'forbidden',
    );
    expect(refusalOf(() => saveCatalogue(cast.leader, policy, saved.revisionId, EMPTY_CATALOGUE)).kind).toBe(
      'forbidden',
    );
    createInterpretation(cast.secretary, policy);
    expect(refusalOf(() => publishWithInterpretation(cast.secretary, policy)).kind).toBe('forbidden');
    expect(row(policy).publicationState).toBe('none');
  });

  it('refuse the policy alone when the setting asks for its interpretation with it', () => {
    getDb().update(schema.siteSettings).set({ policyWithoutInterpretation: false }).run();
    try {
      const { documentId: policy } = issuedPolicy('Strict Measures');
      writeAndApprove(policy, 'Strict Measures');
      expect(refusalOf(() => publishDocument(cast.leader, policy)).key).toBe(
        'issued.refused.interpretationWithPolicy',
      );
      expect(row(policy).publicationState).toBe('none');
    } finally {
      getDb().update(schema.siteSettings).set({ policyWithoutInterpretation: true }).run();
    }
  });

  it('change the validity of the document a later one repeals, and expire by the ticker on the day', () => {
    const { documentId: earlier } = issuedPolicy('Old Measures');
    writeAndApprove(earlier, 'Old Measures', { effectiveOn: '2031-01-01', validUntil: '2031-12-31' });
    publishDocument(cast.leader, earlier, {}, { now: new Date('2031-06-01T02:00:00Z') });
    const { documentId: later } = issuedPolicy('New Measures');
    writeAndApprove(later, 'New Measures', { changesDocumentId: earlier, changeKind: 'amends' });
    publishDocument(cast.leader, later, {}, { now: new Date('2031-07-01T02:00:00Z') });
    expect(row(earlier)).toMatchObject({
      validity: 'amended',
      validityChangedOn: '2031-07-01',
      validityChangedById: later,
    });

    // The last day in force is 2031-12-31 (Asia/Shanghai): still in force that day, expired the next.
    expect(expireIssuedDocuments(new Date('2031-12-31T15:00:00Z'))).toEqual([]);
    const expired = expireIssuedDocuments(new Date('2031-12-31T16:30:00Z'));
    expect(expired.map((e) => e.documentId)).toEqual([earlier]);
    expect(row(earlier)).toMatchObject({ validity: 'expired', validityChangedOn: '2032-01-01' });
    expect(expireIssuedDocuments(new Date('2032-02-01T00:00:00Z'))).toEqual([]);

    // Repealing an expired document changes nothing: expired is final.
    const { documentId: repealer } = issuedPolicy('Repealing Measures');
    writeAndApprove(repealer, 'Repealing Measures', { changesDocumentId: earlier, changeKind: 'repeals' });
    publishDocument(cast.leader, repealer);
    expect(row(earlier).validity).toBe('expired');
  });
});

describe('the audit events of issued documents', () => {
  it('each have a name in the meeting history (document.<verb> reads workflow.action.<verb>)', async () => {
    const { isMessageKey } = await import('@/messages');
    for (const verb of ['issued', 'interpretation_created', 'expired']) {
      expect(isMessageKey(`workflow.action.${verb}`)).toBe(true);
    }
  });
});
