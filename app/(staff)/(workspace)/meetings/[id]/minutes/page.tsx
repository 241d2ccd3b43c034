import { DocumentWorkspace } from '@/components/documents/document-workspace';
import { requireUser } from '@/lib/session';

export default async function MinutesPage({ params }: PageProps<'/meetings/[id]/minutes'>) {
  const { id } = await params;
  const user = await requireUser(`/meetings/${id}/minutes`);
  return (
    <DocumentWorkspace
      user={user}
      meetingId={Number(id)}
      kind="minutes"
      printHref={`/meetings/${id}/minutes/print`}
    />
  );
}
