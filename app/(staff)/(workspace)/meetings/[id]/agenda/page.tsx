import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { requireUser } from '@/lib/session';

export default async function AgendaDocumentPage({ params }: PageProps<'/meetings/[id]/agenda'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/agenda`);
  return <DocumentWorkspace user={user} meetingId={Number(id)} kind="agenda" />;
}
