import { notFound } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { meetingTitle } from '@/components/workspace/labels';
import { getDocument } from '@/data/documents';
import { getMeeting } from '@/data/meetings';
import { formatCalendarDate } from '@/domain/format';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { meetingTitleOf } from '@/web/page-title';

/** The minutes' current revision laid out for paper: the print stylesheet hides the workspace around it. */
export async function generateMetadata({ params }: PageProps<'/meetings/[id]/minutes/print'>) {
  return meetingTitleOf((await params).id, (t) => t('pageTitle.minutesPrint'));
}

export default async function MinutesPrintPage({ params }: PageProps<'/meetings/[id]/minutes/print'>) {
  const { id } = await params;
  const { actor, t, locale } = await requireUser(`/meetings/${id}/minutes/print`);
  const meeting = loadOr404(() => getMeeting(actor, recordIdOr404(id)));
  const minutes = meeting.documents.find((d) => d.kind === 'minutes');
  const doc = minutes ? getDocument(actor, minutes.id) : null;
  if (!doc?.current) notFound();
  return (
    <article className="print-document mx-auto max-w-3xl bg-white p-8">
      <p className="text-sm">{meeting.body.name}</p>
      <p className="text-sm">
        {meetingTitle(t, locale, { ...meeting, meetingName: meeting.body.meetingName })} ·{' '}
        {formatCalendarDate(meeting.heldOn, locale)}
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{doc.current.headline}</h1>
      <MarkdownBody markdown={doc.current.body} className="prose-release mt-6 font-serif" />
    </article>
  );
}
