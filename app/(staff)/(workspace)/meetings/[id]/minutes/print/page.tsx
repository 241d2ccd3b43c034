import { notFound } from 'next/navigation';
import { MarkdownBody } from '@/components/documents/markdown-body';
import { minutesText } from '@/data/issued-minutes';
import { getMeeting } from '@/data/meetings';
import { formatMinutesNumber } from '@/domain/minutes-number';
import { parseRecordId } from '@/domain/record-id';
import { translator } from '@/messages';
import { loadOr404, recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { meetingTitleOf } from '@/web/page-title';

/**
 * The minutes laid out for paper: the issued revision (or, while none is, the current one), or the revision
 * `?revision=` names. The print stylesheet hides the workspace around it; a revision that is not the issued
 * one carries a DRAFT mark on every printed page.
 */
export async function generateMetadata({ params }: PageProps<'/meetings/[id]/minutes/print'>) {
  return meetingTitleOf((await params).id, (t) => t('pageTitle.minutesPrint'));
}

export default async function MinutesPrintPage({
  params,
  searchParams,
}: PageProps<'/meetings/[id]/minutes/print'>) {
  const { id } = await params;
  const { actor } = await requireUser(`/meetings/${id}/minutes/print`);
  const meeting = loadOr404(() => getMeeting(actor, recordIdOr404(id)));
  const minutes = meeting.documents.find((d) => d.kind === 'minutes');
  if (!minutes) notFound();
  const asked = (await searchParams).revision;
  const revisionId = typeof asked === 'string' ? (parseRecordId(asked) ?? -1) : undefined;
  const text = loadOr404(() => minutesText(actor, minutes.id, revisionId));
  // The minutes' own language, whatever the reader's workspace speaks: the marks are part of the document.
  const t = translator(text.language);
  return (
    <article lang={text.language} className="print-document relative mx-auto max-w-3xl bg-surface p-8">
      {text.draft ? (
        <p
          aria-label={t('minutesPdf.draftMark')}
          className="draft-mark pointer-events-none fixed inset-0 flex items-center justify-center text-8xl font-bold text-danger/20"
        >
          <span className="-rotate-30">{t('minutesPdf.draftMark')}</span>
        </p>
      ) : null}
      <p className="text-sm font-medium text-danger">{t(`minutes.classification.${text.classification}`)}</p>
      <h1 className="mt-4 text-center text-3xl font-bold text-danger">{text.headline}</h1>
      {text.number ? (
        <p className="mt-3 text-center">{formatMinutesNumber(text.number, text.language)}</p>
      ) : null}
      <hr className="my-4 border-t-2 border-danger" />
      <MarkdownBody markdown={text.body} className="prose-release mt-6 font-serif" />
    </article>
  );
}
