import Link from 'next/link';
import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { MinutesIssuePanel } from '@/components/documents/minutes-issue-panel';
import { minutesIssueFacts } from '@/data/issued-minutes';
import { doneStepOf } from '@/domain/step-done';
import { minutesRecordsPath } from '@/domain/workspace-paths';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace } from '../load-document-workspace';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/minutes'>) {
  return meetingTitleOf((await params).id, (t) => t('documents.kind.minutes'));
}

export default async function MinutesPage({ params, searchParams }: PageProps<'/meetings/[id]/minutes'>) {
  const { id } = await params;
  const done = doneStepOf((await searchParams).done);
  const user = await requireUser(`/meetings/${id}/minutes`);
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'minutes', {
    redraft: (await searchParams).redraft === '1',
  });
  const { doc, meeting, timeZone } = workspace;
  return (
    <DocumentWorkspace
      user={user}
      workspace={workspace}
      done={done}
      printHref={`/meetings/${id}/minutes/print`}
      aside={
        <>
          <p className="mb-4">
            <Link href={minutesRecordsPath(meeting.id)} className="text-link underline">
              {user.t('minutesRecords.openFromMinutes')}
            </Link>
          </p>
          <MinutesIssuePanel
            documentId={doc.id}
            language={doc.language}
            facts={minutesIssueFacts(user.actor, doc.id)}
            t={user.t}
            locale={user.locale}
            timeZone={timeZone}
          />
        </>
      }
    />
  );
}
