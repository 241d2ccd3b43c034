import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/web/load-or-404';
import { requireUser } from '@/web/session';

export default async function AgendaDocumentPage({ params }: PageProps<'/meetings/[id]/agenda'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/agenda`);
  return <DocumentWorkspace user={user} meetingId={recordIdOr404(id)} kind="agenda" />;
}
