import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';
import { loadDocumentWorkspace } from '../load-document-workspace';

export default async function AgendaDocumentPage({ params }: PageProps<'/meetings/[id]/agenda'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/agenda`);
  const workspace = loadDocumentWorkspace(user.actor, recordIdOr404(id), 'agenda');
  return <DocumentWorkspace user={user} workspace={workspace} />;
}
