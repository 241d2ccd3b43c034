import Link from 'next/link';
import { notFound } from 'next/navigation';
import { diffLabels } from '@/components/documents/diff-labels';
import { DiffView } from '@/components/documents/diff-view';
import { getMeeting } from '@/data/meetings';
import { getRevision } from '@/data/revisions';
import { comparableText, wordDiff } from '@/domain/diff';
import { loadOr404 } from '@/lib/load-or-404';
import { requireUser } from '@/lib/session';

/** Any two revisions of a meeting's press release, compared word by word. */
export default async function ComparePage({
  params,
  searchParams,
}: PageProps<'/meetings/[id]/release/compare'>) {
  const { id } = await params;
  const query = await searchParams;
  const { actor, t } = await requireUser(`/meetings/${id}/release`);
  const meetingId = Number(id);
  const from = Number(query.from);
  const to = Number(query.to);
  if (![meetingId, from, to].every((n) => Number.isInteger(n) && n > 0)) notFound();
  const meeting = loadOr404(() => getMeeting(actor, meetingId));
  const documentId = meeting.documents.find((d) => d.kind === 'press_release')?.id;
  if (!documentId) notFound();
  const before = loadOr404(() => getRevision(actor, documentId, from));
  const after = loadOr404(() => getRevision(actor, documentId, to));
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href={`/meetings/${meetingId}/release`} className="underline">
          {t('documents.kind.press_release')}
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-semibold">
        {t('documents.compareTitle', { from: before.number, to: after.number })}
      </h1>
      <DiffView parts={wordDiff(comparableText(before), comparableText(after))} labels={diffLabels(t)} />
    </>
  );
}
