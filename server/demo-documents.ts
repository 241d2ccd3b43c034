import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '@/data/actor';
import { EMPTY_CATALOGUE } from '@/data/catalogue-entries';
import {
  createInterpretation,
  issueDocumentFromDecision,
  publishWithInterpretation,
  saveCatalogue,
} from '@/data/issued-documents';
import { approveStep, saveRevision, submitForReview } from '@/data/workflow';
import { getDb, schema } from '@/db';
import {
  DEMO_INTERPRETATION,
  DEMO_POLICY,
  DEMO_POLICY_CATALOGUE,
  DEMO_POLICY_TIMES as times,
} from '@/db/demo-documents';
import type { ContentLanguage } from '@/domain/vocabulary';

type Cast = { secretary: Actor; reviewer: Actor; leader: Actor };

/**
 * The demo's first decision issued as its policy document in Chinese and English, each with its
 * interpretation: written by the secretary, reviewed, and published by the leader in one step per language,
 * through the data layer's real code.
 */
export function seedDemoDocuments(decisionId: number, cast: Cast): void {
  const policyZh = issueDocumentFromDecision(cast.secretary, decisionId).documentId;
  const db = getDb();
  const policyEn = db
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(eq(schema.documents.translationOfId, policyZh))
    .get()!.id;
  const interpretationZh = createInterpretation(cast.secretary, policyZh).documentId;
  const interpretationEn = db
    .select({ id: schema.documents.id })
    .from(schema.documents)
    .where(eq(schema.documents.interpretsId, policyEn))
    .get()!.id;
  const category = db
    .select({ id: schema.topicCategories.id })
    .from(schema.topicCategories)
    .where(eq(schema.topicCategories.code, DEMO_POLICY_CATALOGUE.categoryCode))
    .get();

  const write = (
    documentId: number,
    text: { headline: string; body: string },
    language?: ContentLanguage,
  ) => {
    const saved = saveRevision(
      cast.secretary,
      { documentId, baseRevisionId: null, ...text },
      { now: times.written },
    );
    const revisionId = language
      ? saveCatalogue(
          cast.secretary,
          documentId,
          saved.revisionId,
          {
            ...EMPTY_CATALOGUE,
            ...DEMO_POLICY_CATALOGUE[language],
            writtenOn: DEMO_POLICY_CATALOGUE.writtenOn,
            effectiveOn: DEMO_POLICY_CATALOGUE.effectiveOn,
            validUntil: DEMO_POLICY_CATALOGUE.validUntil,
            categoryId: category?.id ?? null,
          },
          { now: times.written },
        ).revisionId
      : saved.revisionId;
    submitForReview(cast.secretary, documentId, { now: times.submitted });
    approveStep(
      cast.reviewer,
      documentId,
      revisionId,
      '',
      { now: times.reviewed },
      { confidentiality: true },
    );
    approveStep(cast.leader, documentId, revisionId, '', { now: times.approved });
  };

  write(policyZh, DEMO_POLICY.zh, 'zh');
  write(interpretationZh, DEMO_INTERPRETATION.zh);
  write(policyEn, DEMO_POLICY.en, 'en');
  write(interpretationEn, DEMO_INTERPRETATION.en);
  publishWithInterpretation(cast.leader, policyZh, { now: times.published });
  publishWithInterpretation(cast.leader, policyEn, { now: times.published });
}
