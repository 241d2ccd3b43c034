import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { doneStepOf } from '@/domain/step-done';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace } from '../load-document-workspace';
import { meetingTitleOf } from '@/web/page-title';

export async function generateMetadata({ params }: PageProps<'/meetings/[id]/agenda'>) {
  return meetingTitleOf((await params).id, (t) => t('documents.kind.agenda'));
}

export default async function AgendaDocumentPage({
  params,
  searchParams,
}: PageProps<'/meetings/[id]/agenda'>) {
  const { id } = await params;
  const done = doneStepOf((await searchParams).done);
  const user = await requireUser(`/meetings/${id}/agenda`);
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'agenda');
  return <DocumentWorkspace user={user} workspace={workspace} done={done} />;
}
