import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { doneStepOf } from '@/domain/step-done';
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
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'minutes');
  return (
    <DocumentWorkspace
      user={user}
      workspace={workspace}
      done={done}
      printHref={`/meetings/${id}/minutes/print`}
    />
  );
}
