import Link from 'next/link';
import { notFound } from 'next/navigation';
import { diffLabels } from '@/components/documents/diff-labels';
import { DiffView } from '@/components/documents/diff-view';
import { getDocument } from '@/data/documents';
import { getRevision } from '@/data/revisions';
import { comparableText, wordDiff } from '@/domain/diff';
import { loadOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { documentPagePath } from '@/domain/workspace-paths';
import { documentTitleOf } from '@/web/page-title';
import { documentLabel } from '@/components/meetings/document-label';

/** Any two revisions of a document, compared word by word. */
export async function generateMetadata({ params }: PageProps<'/documents/[documentId]/compare'>) {
  return documentTitleOf((await params).documentId, (t, document) => t('pageTitle.compare', { document }));
}

export default async function ComparePage({
  params,
  searchParams,
}: PageProps<'/documents/[documentId]/compare'>) {
  const { documentId } = await params;
  const query = await searchParams;
  const { actor, t } = await requireUser(`/documents/${documentId}/compare`);
  const [id, from, to] = [documentId, query.from, query.to].map(Number) as [number, number, number];
  if (![id, from, to].every((n) => Number.isInteger(n) && n > 0)) notFound();
  const doc = loadOr404(() => getDocument(actor, id));
  const before = loadOr404(() => getRevision(actor, id, from));
  const after = loadOr404(() => getRevision(actor, id, to));
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={documentPagePath(doc.meetingId, doc.kind, doc.language, doc.id)} className="underline">
          {documentLabel(t, { ...doc, translationOfId: doc.translation?.originalId ?? null })}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold">
        {t('documents.compareTitle', { from: before.number, to: after.number })}
      </h1>
      <DiffView parts={wordDiff(comparableText(before), comparableText(after))} labels={diffLabels(t)} />
    </>
  );
}
