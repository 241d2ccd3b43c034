import Link from 'next/link';
import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { minutesRecordsPath } from '@/domain/workspace-paths';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace } from '../load-document-workspace';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/minutes'>) {
  return meetingTitleOf((await params).id, (t) => t('documents.kind.minutes'));
}

export default async function MinutesPage({ params }: PageProps<'/meetings/[id]/minutes'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/minutes`);
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'minutes');
  return (
    <>
      <DocumentWorkspace user={user} workspace={workspace} printHref={`/meetings/${id}/minutes/print`} />
      <p className="mt-8">
        <Link href={minutesRecordsPath(workspace.meeting.id)} className="text-blue-900 underline">
          {user.t('minutesRecords.openFromMinutes')}
        </Link>
      </p>
    </>
  );
}
