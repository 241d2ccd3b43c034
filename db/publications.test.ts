import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { recordAudit } from '@/data/audit';
import { getOpenMeeting } from '@/data/open-data';
import { draftReleaseFromRecords } from '@/data/workflow';
import { documentOf, makeWorkflowCast, newMeeting } from '@/test/support/fixtures';
import { useTempDatabase } from '@/test/support/temp-db';
import { backfillPublications } from './publications';

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

/** Marks a release published the way a database from before publication snapshots holds it. */
function publishWithoutSnapshot(documentId: number, revisionId: number) {
  const at = new Date('2031-05-01T02:00:00Z');
  getDb()
    .update(schema.documents)
    .set({
      workingState: 'published',
      publicationState: 'published',
      publishedRevisionId: revisionId,
      firstPublishedAt: at,
      lastPublishedAt: at,
      slug: 'release',
    })
    .where(eq(schema.documents.id, documentId))
    .run();
}

const snapshotsOf = (documentId: number) =>
  getDb().select().from(schema.publications).where(eq(schema.publications.documentId, documentId)).all();

describe('publication snapshots of releases published before they were kept', () => {
  it('takes one from the records once, and an imported release keeps the source its import recorded', async () => {
    const cast = await makeWorkflowCast();
    const drafted = newMeeting(cast.secretary, cast.bodyId, { sessionNumber: 3 });
    const draftedRelease = documentOf(drafted, 'press_release');
    const { revisionId } = draftReleaseFromRecords(cast.secretary, draftedRelease, null);
    publishWithoutSnapshot(draftedRelease, revisionId);

    const imported = newMeeting(cast.secretary, cast.bodyId, { sessionNumber: 4, heldOn: '2031-05-02' });
    const importedRelease = documentOf(imported, 'press_release');
    const importRevision = getDb()
      .insert(schema.revisions)
      .values({
        documentId: importedRelease,
        number: 1,
        headline: 'Imported',
        body: 'Text.',
        source: 'import',
      })
      .returning({ id: schema.revisions.id })
      .get().id;
    recordAudit(cast.secretary, {
      action: 'release.imported',
      subjectType: 'meeting',
      subjectId: imported,
      detail: { sessionNumber: 7, heldOn: '2031-01-07' },
    });
    publishWithoutSnapshot(importedRelease, importRevision);

    backfillPublications(getDb());
    backfillPublications(getDb());

    expect(snapshotsOf(draftedRelease)).toHaveLength(1);
    expect(getOpenMeeting(drafted)).toMatchObject({
      sessionNumber: 3,
      heldOn: '2031-04-30',
      chairName: 'Wang Lin',
      chairTitle: 'Governor',
    });
    expect(snapshotsOf(importedRelease)).toMatchObject([
      { action: 'import', sessionNumber: 7, heldOn: '2031-01-07' },
    ]);
  });

  it('refuses to change or delete a snapshot', () => {
    expect(() => getDb().update(schema.publications).set({ chairName: 'Someone Else' }).run()).toThrow(
      /append-only/,
    );
    expect(() => getDb().delete(schema.publications).run()).toThrow(/append-only/);
  });
});
