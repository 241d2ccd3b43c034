import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { seedDemo } from '@/server/seed';
import { useTempDatabase } from '@/test/support/temp-db';
import { listCatalogue, type CatalogueFilters } from './public-catalogue';
import { getPublishedIssued, issuedDocumentsOfRelease } from './public-documents';

let cleanup: () => void;
beforeAll(async () => {
  cleanup = useTempDatabase();
  await seedDemo();
});
afterAll(() => cleanup());

const all: CatalogueFilters = {
  bodyId: null,
  categoryId: null,
  year: null,
  validity: null,
  kind: null,
  q: '',
  page: 1,
};

const issued = (kind: 'policy_document' | 'interpretation', language: 'zh' | 'en') =>
  getDb()
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.kind, kind))
    .all()
    .find((d) => d.language === language)!;

describe('the demo’s issued documents, as the public reads them', () => {
  it('publish the policy document in Chinese with its catalogue fields, index number and interpretation', () => {
    const policy = getPublishedIssued(issued('policy_document', 'zh').id)!;
    expect(policy).toMatchObject({
      headline: '支持新能源与智能网联汽车产业高质量发展若干政策措施',
      documentNumber: '川府发〔2024〕5号',
      effectiveOn: '2024-03-06',
      validUntil: '2028-03-05',
      validity: 'in_force',
      year: '2024',
    });
    expect(policy.indexNumber).toMatch(/^B\d+\/ECON-2024-0000\d$/);
    expect(policy.interpretations.map((i) => i.language)).toEqual(['zh']);
    expect(policy.counterpart?.language).toBe('en');
    expect(policy.release?.language).toBe('zh');
    const interpretation = getPublishedIssued(policy.interpretations[0]!.id)!;
    expect(interpretation.policy?.id).toBe(policy.id);
  });

  it('list them in the catalogue of their language, with the releases, filtered and searched', () => {
    const zh = listCatalogue('zh', all);
    expect(zh.rows.map((r) => r.kind).sort()).toEqual(['interpretation', 'policy_document', 'press_release']);
    expect(listCatalogue('zh', { ...all, kind: 'policy_document' }).rows).toHaveLength(1);
    expect(listCatalogue('zh', { ...all, q: '川府发〔2024〕5' }).rows.map((r) => r.kind)).toEqual([
      'policy_document',
    ]);
    expect(listCatalogue('en', { ...all, year: 2024 }).total).toBe(3);
    expect(listCatalogue('en', { ...all, year: 2023 }).total).toBe(0);
    expect(listCatalogue('en', { ...all, validity: 'repealed' }).total).toBe(0);
    expect(listCatalogue('en', { ...all, q: '100%_' }).total).toBe(0);
  });

  it('are linked from the release of the meeting that adopted them', () => {
    const release = getDb()
      .select()
      .from(schema.documents)
      .where(eq(schema.documents.kind, 'press_release'))
      .all()
      .find((d) => d.language === 'en')!;
    expect(issuedDocumentsOfRelease(release.id, 'en').map((d) => d.language)).toEqual(['en']);
  });

  it('never show an unpublished or withdrawn one', () => {
    const policy = issued('policy_document', 'en');
    getDb()
      .update(schema.documents)
      .set({ publicationState: 'withdrawn' })
      .where(eq(schema.documents.id, policy.id))
      .run();
    try {
      expect(getPublishedIssued(policy.id)).toBeNull();
      expect(listCatalogue('en', { ...all, kind: 'policy_document' }).total).toBe(0);
    } finally {
      getDb()
        .update(schema.documents)
        .set({ publicationState: 'published' })
        .where(eq(schema.documents.id, policy.id))
        .run();
    }
  });
});
