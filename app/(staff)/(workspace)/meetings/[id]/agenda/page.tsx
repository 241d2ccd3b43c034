import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { recordIdOr404 } from '@/lib/load-or-404';
import { requireUser } from '@/lib/session';

export default async function AgendaDocumentPage({ params }: PageProps<'/meetings/[id]/agenda'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/agenda`);
  return <DocumentWorkspace user={user} meetingId={recordIdOr404(id)} kind="agenda" />;
}
